package uncloud.client.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.NotFoundException;
import uncloud.client.ValidationException;

class ProfileStoreTest {
    @TempDir
    Path home;

    @Test
    void profilesLiveUnderXdgConfigHome() {
        ProfileStore store = ProfileStore.forEnvironment(Map.of("XDG_CONFIG_HOME", "/etc/xdg-test"), home);

        assertThat(store.directory()).isEqualTo(Path.of("/etc/xdg-test/uncloud/profiles"));
    }

    @Test
    void withoutXdgConfigHomeProfilesLiveUnderDotConfig() {
        assertThat(ProfileStore.forEnvironment(Map.of(), home).directory())
                .isEqualTo(home.resolve(".config/uncloud/profiles"));
        assertThat(ProfileStore.forEnvironment(Map.of("XDG_CONFIG_HOME", "relative/ignored"), home)
                        .directory())
                .isEqualTo(home.resolve(".config/uncloud/profiles"));
    }

    @Test
    void aSavedProfileLoadsBackEqualAndHoldsNoSecret() throws Exception {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);
        ConnectionProfile production = production();

        store.save(production);

        assertThat(store.load("production")).isEqualTo(production);
        assertThat(store.names()).containsExactly("demo", "production");
        String json = Files.readString(store.directory().resolve("production.json"));
        assertThat(json).contains("\"jumpHosts\" : [ \"jump@bastion.uncloud.ch:2222\" ]", "\"bindMode\" : \"service\"");
    }

    @Test
    void tildeInPathsMeansTheHomeFolder() throws Exception {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);
        write(store, "tilde", """
                {"ssh": {"host": "db", "key": "~/.ssh/id_ed25519"},
                 "database": {"name": "uncloud", "user": "uncloud"},
                 "ldap": {"url": "ldaps://ldap.example", "baseDn": "dc=x", "staffGroup": "cn=staff,dc=x"}}
                """);

        assertThat(store.load("tilde").ssh().orElseThrow().key()).contains(home.resolve(".ssh/id_ed25519"));
    }

    @Test
    void aProfileWithAPasswordIsRefused() throws Exception {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);
        write(store, "leaky", """
                {"database": {"name": "uncloud", "user": "uncloud", "password": "hunter2"},
                 "ldap": {"url": "ldaps://ldap.example", "baseDn": "dc=x", "staffGroup": "cn=staff,dc=x"}}
                """);

        ValidationException refused = assertThrows(ValidationException.class, () -> store.load("leaky"));

        assertThat(refused.getMessage())
                .startsWith("Profile 'leaky' contains 'database.password': profiles never hold passwords");
    }

    @Test
    void aProfileWithAKeyPassphraseIsRefused() throws Exception {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);
        write(store, "leaky", """
                {"ssh": {"host": "db", "keyPassphrase": "x"},
                 "database": {"name": "uncloud", "user": "uncloud"},
                 "ldap": {"url": "ldaps://ldap.example", "baseDn": "dc=x", "staffGroup": "cn=staff,dc=x"}}
                """);

        assertThrows(ValidationException.class, () -> store.load("leaky"));
    }

    @Test
    void aMistypedFieldIsReportedInsteadOfIgnored() throws Exception {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);
        write(store, "typo", """
                {"database": {"name": "uncloud", "user": "uncloud", "prot": 5433},
                 "ldap": {"url": "ldaps://ldap.example", "baseDn": "dc=x", "staffGroup": "cn=staff,dc=x"}}
                """);

        ValidationException refused = assertThrows(ValidationException.class, () -> store.load("typo"));

        assertThat(refused.getMessage()).contains("unknown field 'database.prot'");
        assertThat(refused.field()).contains("database.prot");
    }

    @Test
    void theDemoIsBuiltInAndCannotBeOverwritten() {
        ProfileStore store = ProfileStore.forEnvironment(Map.of(), home);

        assertThat(store.load("demo").demo()).isTrue();
        assertThrows(ValidationException.class, () -> store.save(store.load("demo")));
        assertThrows(NotFoundException.class, () -> store.load("nowhere"));
    }

    private static void write(ProfileStore store, String name, String json) throws Exception {
        Files.createDirectories(store.directory());
        Files.writeString(store.directory().resolve(name + ".json"), json);
    }

    private ConnectionProfile production() {
        return new ConnectionProfile(
                "production",
                Optional.of(new SshProfile(
                        "db.uncloud.ch",
                        Optional.of("nico"),
                        Optional.of(22),
                        Optional.of(home.resolve(".ssh/id_ed25519")),
                        List.of("jump@bastion.uncloud.ch:2222"),
                        Optional.empty())),
                new DatabaseProfile("127.0.0.1", 5432, "uncloud", "uncloud", Optional.of("postgres/uncloud")),
                new LdapProfile(
                        URI.create("ldaps://ldap.uncloud.ch"),
                        false,
                        "ou=people,dc=uncloud,dc=ch",
                        "cn=staff,ou=groups,dc=uncloud,dc=ch",
                        LdapProfile.BindMode.SERVICE,
                        Optional.of("cn=console,dc=uncloud,dc=ch"),
                        Optional.of("ldap/console"),
                        Optional.empty()),
                false);
    }
}
