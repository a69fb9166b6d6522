package uncloud.app.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.DatabaseProfile;
import uncloud.client.profile.LdapProfile;
import uncloud.client.profile.SshProfile;
import uncloud.client.testing.ClientKeys;
import uncloud.client.testing.TestDatabase;
import uncloud.client.testing.TestDirectory;
import uncloud.client.testing.TestSshServer;

/**
 * Everything a real login through an SSH tunnel needs, on loopback: an SSH server (Apache MINA) that
 * accepts one ECDSA key which ssh-keygen encrypted with a passphrase, a migrated PostgreSQL database
 * behind it, and the demo accounts' LDAP directory. Needs ssh-keygen ({@link #available()}).
 */
public final class TunnelledServers implements AutoCloseable {
    private final TestDirectory directory;
    private final TestDatabase database;
    private final TestSshServer ssh;
    private final Path key;
    private final Path knownHosts;

    private TunnelledServers(
            TestDirectory directory, TestDatabase database, TestSshServer ssh, Path key, Path knownHosts) {
        this.directory = directory;
        this.database = database;
        this.ssh = ssh;
        this.key = key;
        this.knownHosts = knownHosts;
    }

    public static boolean available() {
        return ClientKeys.sshKeygenAvailable();
    }

    /** Starts the servers; the client key and known_hosts are written to {@code folder}. */
    public static TunnelledServers start(Path folder, String passphrase) throws Exception {
        Path authorizedKeys = folder.resolve("authorized_keys");
        Path key = ClientKeys.sshKeygen(folder, authorizedKeys, "ecdsa", "OpenSSH", passphrase);
        TestSshServer ssh = TestSshServer.start(Files.createDirectory(folder.resolve("server")), authorizedKeys);
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), ssh.knownHostsLine() + "\n");
        return new TunnelledServers(TestDirectory.start(), TestDatabase.create(), ssh, key, knownHosts);
    }

    /** The encrypted private key the profile names. */
    public Path key() {
        return key;
    }

    /** The directory's password for every account (staff: {@code alice}). */
    public String password() {
        return TestDirectory.PASSWORD;
    }

    /** A profile that tunnels to the database through the SSH server with {@link #key()}. */
    public ConnectionProfile profile(String name) {
        return new ConnectionProfile(
                name,
                Optional.of(new SshProfile(
                        "127.0.0.1",
                        Optional.of("tester"),
                        Optional.of(ssh.port()),
                        Optional.of(key),
                        List.of(),
                        Optional.of(knownHosts))),
                new DatabaseProfile("127.0.0.1", database.port(), database.name(), TestDatabase.USER, Optional.empty()),
                new LdapProfile(
                        directory.uri(),
                        false,
                        TestDirectory.BASE_DN,
                        TestDirectory.STAFF_GROUP_DN,
                        LdapProfile.BindMode.ANONYMOUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                false);
    }

    @Override
    public void close() throws Exception {
        ssh.close();
        database.close();
        directory.close();
    }
}
