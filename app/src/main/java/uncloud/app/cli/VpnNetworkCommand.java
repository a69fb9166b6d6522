package uncloud.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.InvalidWireGuardKeyException;
import uncloud.client.domain.VpnReservation;
import uncloud.client.domain.WireGuardPublicKey;
import uncloud.client.vpn.QrCodes;
import uncloud.client.vpn.VpnNetworks;

/** {@code uncloud vpn network reserve|release}: a customer's network in a pool, from a script. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        description = "Reserve and release customer networks.",
        subcommands = {VpnNetworkCommand.Reserve.class, VpnNetworkCommand.Release.class})
final class VpnNetworkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: reserve or release.");
    }

    private static VpnNetworks networks(Database database) {
        return new VpnNetworks(database, Clock.systemUTC(), VpnNetworks.DEFAULT_QUARANTINE);
    }

    @Command(
            name = "reserve",
            mixinStandardHelpOptions = true,
            description = "Reserve the lowest free subnetwork and print the customer's WireGuard config. Without"
                    + " --public-key the config holds a new private key: it is shown this once and not stored.")
    static final class Reserve implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--pool", required = true, paramLabel = "ID")
        long poolId;

        @Option(names = "--customer", required = true, paramLabel = "ID")
        long customerId;

        @Option(names = "--order", required = true, paramLabel = "ID")
        long orderId;

        @Option(names = "--public-key", paramLabel = "KEY", description = "The customer's WireGuard public key.")
        String publicKey;

        @Option(names = "--qr", paramLabel = "FILE.png", description = "Also write the config as a QR code.")
        Path qrFile;

        @CommandLine.Mixin
        VpnCommand.Connection connection = new VpnCommand.Connection();

        @Override
        public Integer call() {
            Optional<WireGuardPublicKey> key;
            try {
                key = Optional.ofNullable(publicKey).map(WireGuardPublicKey::parse);
            } catch (InvalidWireGuardKeyException e) {
                throw new ValidationException("public-key", e.getMessage());
            }
            String config;
            CustomerNetwork network;
            try (VpnCommand.OpenDatabase open = connection.open()) {
                VpnNetworks networks = networks(open.database());
                VpnReservation reservation = networks.reserve(connection.actor, poolId, customerId, orderId, key);
                network = reservation.network();
                config = networks.customerConfig(network.id(), reservation.generatedPrivateKey())
                        .render();
            }
            if (qrFile != null) {
                try {
                    Files.write(qrFile, QrCodes.png(config, 600));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + qrFile + ": " + e.getMessage(), e);
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("Reserved VPN network " + network.id() + ": " + network.network());
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.print(config);
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "release",
            mixinStandardHelpOptions = true,
            description = "End a customer's network; its prefix stays in quarantine before it is handed out again.")
    static final class Release implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--network", required = true, paramLabel = "ID")
        long networkId;

        @CommandLine.Mixin
        VpnCommand.Connection connection = new VpnCommand.Connection();

        @Override
        public Integer call() {
            CustomerNetwork network;
            try (VpnCommand.OpenDatabase open = connection.open()) {
                network = networks(open.database()).release(connection.actor, networkId);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Released VPN network " + network.id() + ": " + network.network() + " is in quarantine for "
                    + VpnNetworks.DEFAULT_QUARANTINE.toDays() + " days");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
