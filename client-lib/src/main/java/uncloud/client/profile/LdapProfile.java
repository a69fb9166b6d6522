package uncloud.client.profile;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;
import uncloud.client.auth.LdapSettings;

/**
 * The provider's directory.
 *
 * @param bindMode how the user's entry is found: anonymously, or bound as a service account whose
 *     password is read from the password store entry {@code servicePasswordEntry}
 */
public record LdapProfile(
        URI url,
        boolean startTls,
        String baseDn,
        String staffGroupDn,
        BindMode bindMode,
        Optional<String> serviceBindDn,
        Optional<String> servicePasswordEntry,
        Optional<Path> caCertificate) {

    /** How the user's entry is looked up before the password is checked. */
    public enum BindMode {
        ANONYMOUS,
        SERVICE
    }

    public LdapProfile {
        Objects.requireNonNull(bindMode, "bindMode");
        Objects.requireNonNull(serviceBindDn, "serviceBindDn");
        Objects.requireNonNull(servicePasswordEntry, "servicePasswordEntry");
        if (bindMode == BindMode.SERVICE && (serviceBindDn.isEmpty() || servicePasswordEntry.isEmpty())) {
            throw new ValidationException(
                    "ldap.serviceBindDn",
                    "Bind mode 'service' needs serviceBindDn and servicePasswordEntry (a pass entry, never the password).");
        }
        settings(url, startTls, baseDn, staffGroupDn, serviceBindDn, caCertificate); // validates the rest
    }

    /** The settings the authenticator needs; the service password stays in the password store. */
    public LdapSettings settings() {
        return settings(
                url,
                startTls,
                baseDn,
                staffGroupDn,
                bindMode == BindMode.SERVICE ? serviceBindDn : Optional.empty(),
                caCertificate);
    }

    private static LdapSettings settings(
            URI url,
            boolean startTls,
            String baseDn,
            String staffGroupDn,
            Optional<String> serviceBindDn,
            Optional<Path> caCertificate) {
        return new LdapSettings(
                url, startTls, baseDn, staffGroupDn, serviceBindDn, caCertificate, Duration.ofSeconds(10));
    }
}
