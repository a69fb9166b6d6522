package uncloud.client.auth;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.internal.Secrets;
import uncloud.client.internal.auth.DirectoryLogin;

/**
 * Checks a user name and password against the directory: finds the entry by uid (anonymously or with
 * the profile's service account), binds as that entry with the password, then reads the staff group.
 * Thread-safe; each login uses its own connection.
 */
public final class LdapAuthenticator {
    private static final Logger log = LoggerFactory.getLogger(LdapAuthenticator.class);

    private final DirectoryLogin directory;

    /**
     * @param servicePassword the service account's password source; required when the settings name a
     *     service bind DN
     */
    public LdapAuthenticator(LdapSettings settings, Optional<PasswordSource> servicePassword) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(servicePassword, "servicePassword");
        if (settings.serviceBindDn().isPresent() && servicePassword.isEmpty()) {
            throw new ValidationException(
                    "ldapServicePassword",
                    "The profile binds as " + settings.serviceBindDn().get()
                            + " to search, but no password source for it was given.");
        }
        this.directory = new DirectoryLogin(settings, servicePassword);
    }

    /**
     * @throws AuthenticationException for a wrong user name or password (one message for both, so it
     *     does not tell which user names exist)
     * @throws ConnectionException when the directory cannot be reached securely
     */
    public LdapUser authenticate(String username, PasswordSource password) {
        String uid = Objects.requireNonNull(username, "username").strip();
        if (uid.isEmpty()) {
            throw new ValidationException("username", "Enter a user name.");
        }
        byte[] secret = Secrets.utf8AndWipe(password.password());
        try {
            if (secret.length == 0) {
                // an empty password would be an "unauthenticated bind", which many servers let succeed
                throw new AuthenticationException("Enter a password.");
            }
            LdapUser user = directory.login(uid, secret);
            log.info("LDAP login of {} as {}", uid, user.role());
            return user;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
