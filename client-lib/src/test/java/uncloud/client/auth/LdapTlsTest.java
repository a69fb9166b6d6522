package uncloud.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.ConnectionException;
import uncloud.client.internal.demo.DemoDirectory;

/**
 * LDAPS and StartTLS with real certificates. The server listens on a non-loopback address because
 * UnboundID's host-name verifier accepts any certificate for a loopback address.
 */
class LdapTlsTest {
    private static final HeldCertificate CA = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("Uncloud test CA")
            .build();

    @TempDir
    Path folder;

    private InMemoryDirectoryServer directory;

    @AfterEach
    void stop() {
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void ldapsWithACertificateForTheServersAddressLogsIn() throws Exception {
        InetAddress address = nonLoopbackAddress();
        startDirectory(address, certificateFor(address.getHostAddress()));

        LdapUser user = authenticate(settings("ldaps://" + address.getHostAddress() + ":" + port("ldaps"), false));

        assertThat(user.role()).isEqualTo(Role.STAFF);
    }

    @Test
    void startTlsWithACertificateForTheServersAddressLogsIn() throws Exception {
        InetAddress address = nonLoopbackAddress();
        startDirectory(address, certificateFor(address.getHostAddress()));

        LdapUser user = authenticate(settings("ldap://" + address.getHostAddress() + ":" + port("starttls"), true));

        assertThat(user.uid()).isEqualTo("alice");
    }

    @Test
    void ldapsRefusesACertificateIssuedForAnotherHostName() throws Exception {
        InetAddress address = nonLoopbackAddress();
        startDirectory(address, certificateFor("ldap.elsewhere.test"));

        ConnectionException refused = assertThrows(
                ConnectionException.class,
                () -> authenticate(settings("ldaps://" + address.getHostAddress() + ":" + port("ldaps"), false)));

        assertThat(refused.getMessage()).startsWith("Cannot connect securely to the LDAP server ldaps://");
    }

    @Test
    void startTlsRefusesACertificateIssuedForAnotherHostName() throws Exception {
        InetAddress address = nonLoopbackAddress();
        startDirectory(address, certificateFor("ldap.elsewhere.test"));

        assertThrows(
                ConnectionException.class,
                () -> authenticate(settings("ldap://" + address.getHostAddress() + ":" + port("starttls"), true)));
    }

    @Test
    void aCertificateFromAnUntrustedAuthorityIsRefused() throws Exception {
        InetAddress address = nonLoopbackAddress();
        startDirectory(address, certificateFor(address.getHostAddress()));
        HeldCertificate otherCa =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        Path otherPem = Files.writeString(folder.resolve("other-ca.pem"), otherCa.certificatePem());

        assertThrows(
                ConnectionException.class,
                () -> authenticate(settings("ldaps://" + address.getHostAddress() + ":" + port("ldaps"), false)
                        .withCaCertificate(otherPem)));
    }

    private LdapUser authenticate(LdapSettings settings) {
        return new LdapAuthenticator(settings, Optional.empty())
                .authenticate("alice", PasswordSource.typed("demo".toCharArray()));
    }

    private LdapSettings settings(String url, boolean startTls) throws Exception {
        Path caPem = Files.writeString(folder.resolve("ca.pem"), CA.certificatePem());
        return new LdapSettings(
                URI.create(url),
                startTls,
                DemoDirectory.BASE_DN,
                DemoDirectory.STAFF_GROUP_DN,
                Optional.empty(),
                Optional.of(caPem),
                Duration.ofSeconds(5));
    }

    private void startDirectory(InetAddress address, HeldCertificate certificate) throws Exception {
        SSLContext server = new HandshakeCertificates.Builder()
                .heldCertificate(certificate, CA.certificate())
                .build()
                .sslContext();
        directory = DemoDirectory.start(
                InMemoryListenerConfig.createLDAPSConfig(
                        "ldaps", address, 0, server.getServerSocketFactory(), server.getSocketFactory()),
                InMemoryListenerConfig.createLDAPConfig("starttls", address, 0, server.getSocketFactory()));
    }

    private int port(String listener) {
        return directory.getListenPort(listener);
    }

    private static HeldCertificate certificateFor(String name) {
        return new HeldCertificate.Builder()
                .signedBy(CA)
                .commonName(name)
                .addSubjectAlternativeName(name)
                .build();
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        }
        assumeTrue(false, "no non-loopback IPv4 address to test host name verification on");
        throw new AssertionError("unreachable");
    }
}
