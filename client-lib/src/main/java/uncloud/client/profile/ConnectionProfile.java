package uncloud.client.profile;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uncloud.client.ValidationException;

/**
 * Everything the console needs to reach a provider, except secrets: profiles are plain JSON files and
 * never hold passwords or passphrases (those are typed in, or named as password-store entries).
 *
 * @param ssh empty when the database is reached directly (no tunnel)
 * @param demo the built-in offline demo: an embedded PostgreSQL and an in-memory directory, started on
 *     open; the other fields are then ignored
 */
public record ConnectionProfile(
        String name, Optional<SshProfile> ssh, DatabaseProfile database, LdapProfile ldap, boolean demo) {
    public static final String DEMO = "demo";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ssh, "ssh");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(ldap, "ldap");
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException(
                    "name",
                    "Profile name '" + name
                            + "' must be lower-case letters, digits, '.', '_' or '-' (at most 64), starting with a letter or digit.");
        }
        if (demo != DEMO.equals(name)) {
            throw new ValidationException("name", "The name 'demo' is reserved for the built-in offline demo.");
        }
    }

    /** The built-in demo: everything runs inside the console, nothing to configure. */
    public static ConnectionProfile demoProfile() {
        return new ConnectionProfile(
                DEMO,
                Optional.empty(),
                new DatabaseProfile("127.0.0.1", 5432, "uncloud", "postgres", Optional.empty()),
                new LdapProfile(
                        URI.create("ldap://127.0.0.1"),
                        false,
                        "dc=uncloud,dc=demo",
                        "cn=staff,ou=groups,dc=uncloud,dc=demo",
                        LdapProfile.BindMode.ANONYMOUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                true);
    }
}
