package uncloud.client.profile;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.SchemaTooNewException;
import uncloud.client.UncloudException;
import uncloud.client.auth.CustomerAccounts;
import uncloud.client.auth.LdapAuthenticator;
import uncloud.client.auth.LdapSettings;
import uncloud.client.auth.LdapUser;
import uncloud.client.auth.PasswordSource;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;
import uncloud.client.internal.demo.DemoServers;
import uncloud.client.internal.profile.DatabaseProbe;
import uncloud.client.internal.profile.TunnelledDatabase;
import uncloud.client.ssh.SshEndpoint;
import uncloud.client.ssh.SshPrompts;
import uncloud.client.ssh.SshTunnel;
import uncloud.client.ssh.SshTunnelSettings;

/**
 * An opened profile: the tunnel is up and the database answers, but nobody is logged in yet. The
 * console opens one at its login dialog and calls {@link #login}; the command line uses
 * {@link #database()} directly. Thread-safe; close it to stop the tunnel (and the demo's servers).
 */
public final class Connection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);

    private final ConnectionProfile profile;
    private final ConnectProgress progress;
    private final Optional<SshTunnel> tunnel;
    private final Optional<DemoServers> demo;
    private final Supplier<Database> databaseOpener;
    private final LdapAuthenticator authenticator;
    private final LdapSettings ldap;
    private Database database;

    private Connection(
            ConnectionProfile profile,
            ConnectProgress progress,
            Optional<SshTunnel> tunnel,
            Optional<DemoServers> demo,
            Supplier<Database> databaseOpener,
            LdapSettings ldap,
            LdapAuthenticator authenticator) {
        this.profile = profile;
        this.progress = progress;
        this.tunnel = tunnel;
        this.demo = demo;
        this.databaseOpener = databaseOpener;
        this.ldap = ldap;
        this.authenticator = authenticator;
    }

    /**
     * Opens the tunnel and checks the database: steps {@link ConnectStep#TUNNEL} and
     * {@link ConnectStep#DATABASE}.
     *
     * @param prompts asked about unknown host keys and key passphrases
     * @throws uncloud.client.HostKeyChangedException when a host's key changed (refused, never accepted)
     * @throws uncloud.client.HostKeyRejectedException when an unknown host key was not accepted
     * @throws uncloud.client.AuthenticationException when SSH refused the keys or the database the user
     * @throws uncloud.client.ConnectionException when a server cannot be reached
     */
    public static Connection open(ConnectionProfile profile, SshPrompts prompts, ConnectProgress progress) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(progress, "progress");
        return profile.demo() ? openDemo(profile, progress) : openRemote(profile, prompts, progress);
    }

    private static Connection openRemote(ConnectionProfile profile, SshPrompts prompts, ConnectProgress progress) {
        DatabaseProfile db = profile.database();
        Optional<SshTunnel> tunnel = Optional.empty();
        String where = db.host() + ":" + db.port();
        String jdbcHostPort = where;
        if (profile.ssh().isPresent()) {
            SshTunnelSettings settings = tunnelSettings(profile.ssh().get(), db);
            tunnel = Optional.of(step(
                    progress,
                    ConnectStep.TUNNEL,
                    "SSH to " + settings.target(),
                    () -> new SshTunnel(settings, prompts).open()));
            jdbcHostPort = tunnel.get().localHost() + ":" + tunnel.get().localPort();
            where = where + " through the SSH tunnel to " + settings.target();
        } else {
            progress.finished(ConnectStep.TUNNEL, "No tunnel: the profile reaches the database directly");
        }
        try {
            String password = db.passwordEntry()
                    .map(entry -> new String(PasswordSource.passStore(entry).password()))
                    .orElse("");
            DatabaseSettings settings = new DatabaseSettings(
                    "jdbc:postgresql://" + jdbcHostPort + "/" + db.name() + "?ApplicationName=uncloud-console",
                    db.user(),
                    password);
            String target = where;
            step(progress, ConnectStep.DATABASE, "PostgreSQL at " + where, () -> {
                DatabaseProbe.check(settings, target);
                return null;
            });
            LdapSettings ldap = profile.ldap().settings();
            Optional<PasswordSource> servicePassword =
                    profile.ldap().servicePasswordEntry().map(PasswordSource::passStore);
            Optional<SshTunnel> through = tunnel;
            Supplier<Database> opener = () -> {
                Database connected = Database.connect(settings);
                return through.<Database>map(t -> new TunnelledDatabase(connected, t))
                        .orElse(connected);
            };
            return new Connection(
                    profile,
                    progress,
                    tunnel,
                    Optional.empty(),
                    opener,
                    ldap,
                    new LdapAuthenticator(ldap, servicePassword));
        } catch (RuntimeException e) {
            tunnel.ifPresent(SshTunnel::close);
            throw e;
        }
    }

    private static Connection openDemo(ConnectionProfile profile, ConnectProgress progress) {
        progress.finished(ConnectStep.TUNNEL, "No tunnel: the demo runs inside the console");
        DemoServers servers = step(
                progress,
                ConnectStep.DATABASE,
                "Starting the demo's embedded PostgreSQL with sample data, and its directory",
                DemoServers::start);
        try {
            LdapProfile demoLdap = profile.ldap();
            LdapSettings ldap = new LdapSettings(
                    URI.create("ldap://127.0.0.1:" + servers.directoryPort()),
                    false,
                    demoLdap.baseDn(),
                    demoLdap.staffGroupDn(),
                    Optional.empty(),
                    Optional.empty(),
                    Duration.ofSeconds(5));
            return new Connection(
                    profile,
                    progress,
                    Optional.empty(),
                    Optional.of(servers),
                    servers::database, // migrated and filled when the demo started
                    ldap,
                    new LdapAuthenticator(ldap, Optional.empty()));
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    private static SshTunnelSettings tunnelSettings(SshProfile ssh, DatabaseProfile db) {
        SshTunnelSettings settings = SshTunnelSettings.toDatabaseOn(new SshEndpoint(ssh.host(), ssh.user(), ssh.port()))
                .withJumpHosts(ssh.jumpHosts().stream().map(SshEndpoint::parse).toList())
                .withIdentityFiles(ssh.key().stream().toList())
                .withRemote(db.host(), db.port());
        return ssh.knownHosts().map(settings::withKnownHosts).orElse(settings);
    }

    /**
     * Logs a person in: steps {@link ConnectStep#LDAP} and {@link ConnectStep#SCHEMA}. The password is
     * checked before the schema is touched, so nobody unauthenticated migrates a database. The first
     * login creates the person's customer row.
     *
     * @throws uncloud.client.AuthenticationException for a wrong user name or password
     * @throws SchemaTooNewException when a newer console has migrated the database
     */
    public Session login(String username, PasswordSource password) {
        LdapUser user = step(
                progress,
                ConnectStep.LDAP,
                "Checking " + username + " at " + ldap.url(),
                () -> authenticator.authenticate(username, password));
        Database migrated = database();
        return new Session(this, new CustomerAccounts(migrated).recordLogin(user));
    }

    /** The database, its schema migrated to this console's version on first use (step SCHEMA). */
    public synchronized Database database() {
        if (database == null) {
            database = step(progress, ConnectStep.SCHEMA, "Checking the schema version", databaseOpener);
        }
        return database;
    }

    public ConnectionProfile profile() {
        return profile;
    }

    /** The tunnel, for its state; empty when the profile reaches the database directly or is the demo. */
    public Optional<SshTunnel> tunnel() {
        return tunnel;
    }

    private static <T> T step(ConnectProgress progress, ConnectStep step, String detail, Supplier<T> work) {
        progress.started(step, detail);
        try {
            T result = work.get();
            progress.finished(step, detail);
            return result;
        } catch (UncloudException e) {
            progress.failed(step, e);
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
        tunnel.ifPresent(SshTunnel::close);
        demo.ifPresent(DemoServers::close);
        log.debug("Closed profile {}", profile.name());
    }
}
