package uncloud.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.db.DatabaseSettings;
import uncloud.client.domain.InvalidPrefixException;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.PoolUtilization;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.vpn.ServerConfigFile;
import uncloud.client.vpn.VpnKeyEncryptionKey;
import uncloud.client.vpn.VpnNetworks;
import uncloud.client.vpn.VpnPools;

/**
 * {@code uncloud vpn --hostname FQDN} prints a VPN host's WireGuard configs, as the provider's cron
 * job did; {@code uncloud vpn pool create|list} and {@code uncloud vpn kek generate} manage pools
 * and the key that seals their server keys.
 */
@Command(
        name = "vpn",
        mixinStandardHelpOptions = true,
        description = "VPN pools and the WireGuard configs of VPN hosts.",
        subcommands = {VpnCommand.Pool.class, VpnNetworkCommand.class, VpnCommand.Kek.class})
public final class VpnCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hostname", paramLabel = "FQDN", description = "Print the server configs of this VPN host.")
    String hostname;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write one <interface>.conf per pool into DIR (mode 600) instead of printing.")
    Path outputDir;

    @CommandLine.Mixin
    Connection connection = new Connection();

    @Override
    public Integer call() {
        if (hostname == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Missing --hostname FQDN (or a command: pool, kek).");
        }
        List<ServerConfigFile> files;
        try (OpenDatabase open = connection.open()) {
            files = new VpnPools(open.database(), Clock.systemUTC(), connection.kek()).serverConfigs(hostname);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (outputDir != null) {
            for (ServerConfigFile file : files) {
                writePrivately(outputDir.resolve(file.fileName()), file.config().render());
                out.println(outputDir.resolve(file.fileName()));
            }
        } else {
            for (int i = 0; i < files.size(); i++) {
                if (files.size() > 1) {
                    out.print((i > 0 ? "\n" : "") + "# ---- " + files.get(i).fileName() + "\n");
                }
                out.print(files.get(i).config().render());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The files hold the server's private key: readable by root only, replaced in one step. */
    private static void writePrivately(Path file, String text) {
        try {
            Path temporary = Files.createTempFile(
                    file.toAbsolutePath().getParent(),
                    ".uncloud-",
                    ".conf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How the command reaches the database (a connection profile, or a JDBC URL for cron jobs on a
     * VPN host) and the key-encryption key; secrets come only from the environment or files.
     */
    static final class Connection {
        @CommandLine.Mixin
        ProfileOption profile = new ProfileOption();

        @Option(
                names = "--db-url",
                paramLabel = "JDBC-URL",
                defaultValue = "${env:UNCLOUD_DB_URL}",
                description = "PostgreSQL directly, e.g. jdbc:postgresql://db:5432/uncloud, instead of a profile"
                        + " (default: $UNCLOUD_DB_URL).")
        String url;

        @Option(
                names = "--db-user",
                defaultValue = "${env:UNCLOUD_DB_USER:-uncloud}",
                description = "Database user with --db-url (default: $UNCLOUD_DB_USER or uncloud); the password"
                        + " comes from $UNCLOUD_DB_PASSWORD.")
        String user;

        @Option(
                names = "--actor",
                defaultValue = "${env:UNCLOUD_ACTOR:-cli:${sys:user.name}}",
                description = "Who the audit trail names for changes (default: $UNCLOUD_ACTOR or cli:<login>).")
        String actor;

        @Option(
                names = "--kek-file",
                paramLabel = "FILE",
                description = "The VPN key-encryption key (default: $UNCLOUD_VPN_KEK_FILE or $UNCLOUD_VPN_KEK).")
        Path kekFile;

        OpenDatabase open() {
            if (url == null || url.isBlank()) {
                uncloud.client.profile.Connection connection = profile.open();
                return new OpenDatabase(connection.database(), connection);
            }
            String password = System.getenv().getOrDefault("UNCLOUD_DB_PASSWORD", "");
            try {
                Database database = Database.connect(new DatabaseSettings(url, user, password, 2));
                return new OpenDatabase(database, database);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("db-url", e.getMessage());
            }
        }

        Optional<VpnKeyEncryptionKey> kek() {
            return kekFile != null
                    ? Optional.of(VpnKeyEncryptionKey.fromFile(kekFile))
                    : VpnKeyEncryptionKey.fromEnvironment(System.getenv());
        }
    }

    /** A database and whatever has to be closed with it (its pool, or the profile's SSH tunnel). */
    record OpenDatabase(Database database, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() {
            try {
                owner.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("closing the database connection failed: " + e.getMessage(), e);
            }
        }
    }

    @Command(
            name = "pool",
            mixinStandardHelpOptions = true,
            description = "Create and list VPN pools.",
            subcommands = {Pool.Create.class, Pool.ListPools.class})
    static final class Pool implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: create or list.");
        }

        @Command(
                name = "create",
                mixinStandardHelpOptions = true,
                description = "Create a pool; the console makes the server's WireGuard key pair.")
        static final class Create implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--network", required = true, paramLabel = "ADDRESS", description = "e.g. 2a0a:e5c1:200::")
            String network;

            @Option(names = "--network-size", required = true, paramLabel = "BITS", description = "e.g. 40")
            int networkSize;

            @Option(
                    names = "--subnetwork-size",
                    required = true,
                    paramLabel = "BITS",
                    description = "Prefix length handed to each customer, e.g. 48")
            int subnetworkSize;

            @Option(names = "--vpn-hostname", required = true, paramLabel = "FQDN", description = "The VPN host.")
            String vpnHostname;

            @Option(
                    names = "--listen-port",
                    defaultValue = "" + NewVpnPool.DEFAULT_LISTEN_PORT,
                    description = "WireGuard port on the VPN host (default: ${DEFAULT-VALUE}).")
            int listenPort;

            @CommandLine.Mixin
            Connection connection = new Connection();

            @Override
            public Integer call() {
                Prefix prefix;
                try {
                    prefix = Prefix.of(network.strip(), networkSize);
                } catch (InvalidPrefixException e) {
                    throw new ValidationException("network", e.getMessage());
                }
                WireGuardPool pool;
                try (OpenDatabase open = connection.open()) {
                    pool = new VpnPools(open.database(), Clock.systemUTC(), connection.kek())
                            .create(connection.actor, new NewVpnPool(prefix, subnetworkSize, vpnHostname, listenPort));
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created VPN pool " + pool.id() + ": " + pool.network() + " in /" + pool.subnetworkSize()
                        + " subnetworks on " + pool.vpnHostname() + " port " + pool.listenPort()
                        + " (interface " + pool.interfaceName() + ")");
                out.println("Server public key: " + pool.serverPublicKey());
                out.flush();
                return ExitCodes.OK;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List pools with their use.")
        static final class ListPools implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Mixin
            Connection connection = new Connection();

            @Override
            public Integer call() {
                PrintWriter out = spec.commandLine().getOut();
                try (OpenDatabase open = connection.open()) {
                    VpnPools pools = new VpnPools(open.database(), Clock.systemUTC(), Optional.empty());
                    VpnNetworks networks =
                            new VpnNetworks(open.database(), Clock.systemUTC(), VpnNetworks.DEFAULT_QUARANTINE);
                    out.println("id\tnetwork\tsize\thost\tport\tused\tquarantined\tfree");
                    for (WireGuardPool pool : pools.list()) {
                        PoolUtilization use = networks.utilization(pool.id());
                        out.println(pool.id() + "\t" + pool.network() + "\t/" + pool.subnetworkSize() + "\t"
                                + pool.vpnHostname() + "\t" + pool.listenPort() + "\t" + use.used() + "\t"
                                + use.quarantined() + "\t" + use.free());
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "kek",
            mixinStandardHelpOptions = true,
            description = "The provider's key-encryption key for VPN server keys.",
            subcommands = {Kek.Generate.class})
    static final class Kek implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: generate.");
        }

        @Command(
                name = "generate",
                description = "Print a new key (base64); keep it in a file readable only by the console's users.")
        static final class Generate implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() {
                PrintWriter out = spec.commandLine().getOut();
                out.println(VpnKeyEncryptionKey.generate().base64());
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
