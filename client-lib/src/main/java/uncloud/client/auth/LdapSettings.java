package uncloud.client.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;

/**
 * How to reach and read the provider's directory. Holds no password: a service bind's password comes
 * from a {@link PasswordSource} when needed.
 *
 * @param url {@code ldaps://host[:636]} or {@code ldap://host[:389]}
 * @param startTls upgrade an {@code ldap://} connection with StartTLS before anything is sent
 * @param baseDn where user entries are searched, e.g. {@code ou=people,dc=uncloud,dc=ch}
 * @param staffGroupDn the group whose members are staff
 * @param serviceBindDn the entry to bind as for the search; empty means an anonymous search
 * @param caCertificate PEM file with the CA (or server) certificate to trust; empty means the JDK's
 *     trusted CAs
 * @param timeout for connecting and for each operation
 */
public record LdapSettings(
        URI url,
        boolean startTls,
        String baseDn,
        String staffGroupDn,
        Optional<String> serviceBindDn,
        Optional<Path> caCertificate,
        Duration timeout) {

    public LdapSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(baseDn, "baseDn");
        Objects.requireNonNull(staffGroupDn, "staffGroupDn");
        Objects.requireNonNull(serviceBindDn, "serviceBindDn");
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(timeout, "timeout");
        if (!"ldap".equals(url.getScheme()) && !"ldaps".equals(url.getScheme())) {
            throw new ValidationException("ldapUrl", "LDAP URL " + url + " must start with ldaps:// or ldap://.");
        }
        if (url.getHost() == null) {
            throw new ValidationException("ldapUrl", "LDAP URL " + url + " names no host.");
        }
        if ("ldaps".equals(url.getScheme()) && startTls) {
            throw new ValidationException("ldapUrl", "StartTLS is for ldap:// URLs; ldaps:// is encrypted already.");
        }
        if (!isEncrypted(url, startTls) && !isLoopback(url.getHost())) {
            throw new ValidationException(
                    "ldapUrl",
                    "Plain " + url + " would send passwords unencrypted:"
                            + " use ldaps:// or StartTLS (plain LDAP is only allowed on loopback, for the demo).");
        }
        if (baseDn.isBlank()) {
            throw new ValidationException("ldapBaseDn", "The LDAP base DN is empty.");
        }
        if (staffGroupDn.isBlank()) {
            throw new ValidationException("ldapStaffGroup", "The LDAP staff group DN is empty.");
        }
    }

    public LdapSettings withServiceBind(String dn) {
        return new LdapSettings(url, startTls, baseDn, staffGroupDn, Optional.of(dn), caCertificate, timeout);
    }

    public LdapSettings withCaCertificate(Path pem) {
        return new LdapSettings(url, startTls, baseDn, staffGroupDn, serviceBindDn, Optional.of(pem), timeout);
    }

    public boolean encrypted() {
        return isEncrypted(url, startTls);
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : "ldaps".equals(url.getScheme()) ? 636 : 389;
    }

    public String host() {
        String host = url.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isEncrypted(URI url, boolean startTls) {
        return "ldaps".equals(url.getScheme()) || startTls;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
