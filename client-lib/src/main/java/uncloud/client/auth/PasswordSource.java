package uncloud.client.auth;

import java.util.Arrays;

/**
 * Where a password comes from at the moment it is needed; never from a profile file. The caller wipes
 * the returned array after use.
 */
@FunctionalInterface
public interface PasswordSource {
    char[] password();

    /** A password the person typed; handed out as a copy, so the caller may wipe it. */
    static PasswordSource typed(char[] password) {
        char[] copy = password.clone();
        return () -> Arrays.copyOf(copy, copy.length);
    }

    /** The first line of {@code pass show ENTRY}, e.g. {@code ldap/alice} (the password-store convention). */
    static PasswordSource passStore(String entry) {
        return new PassStore("pass", entry);
    }

    /** A user's directory password from the password store's conventional entry, {@code ldap/USERNAME}. */
    static PasswordSource ldapPassStore(String username) {
        return passStore("ldap/" + username.strip());
    }
}
