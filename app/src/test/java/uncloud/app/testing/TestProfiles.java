package uncloud.app.testing;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.DatabaseProfile;
import uncloud.client.profile.LdapProfile;
import uncloud.client.profile.SshProfile;

/** Connection profiles for tests whose sessions are scripted (nothing is reached through them). */
public final class TestProfiles {
    /** Through an SSH tunnel to db.example.net, so a login runs every step. */
    public static final ConnectionProfile OFFICE = new ConnectionProfile(
            "office",
            Optional.of(new SshProfile(
                    "db.example.net",
                    Optional.of("console"),
                    Optional.of(22),
                    Optional.empty(),
                    List.of(),
                    Optional.empty())),
            new DatabaseProfile("localhost", 5432, "uncloud", "uncloud", Optional.empty()),
            new LdapProfile(
                    URI.create("ldaps://ldap.example.net"),
                    false,
                    "dc=example,dc=net",
                    "cn=staff,dc=example,dc=net",
                    LdapProfile.BindMode.ANONYMOUS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
            false);

    private TestProfiles() {}
}
