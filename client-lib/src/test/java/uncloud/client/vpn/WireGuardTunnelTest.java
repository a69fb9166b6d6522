package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPool;

/**
 * Brings up a real tunnel from the generated configs: a "VPN host" and a "customer" network
 * namespace joined by a veth pair, each with a wireguard-go interface, and a ping6 from the
 * customer's address in their prefix to the host across the tunnel. Needs root, ip, wg and
 * wireguard-go; skips with the reason otherwise.
 */
class WireGuardTunnelTest {
    private static final List<String> TOOLS =
            List.of("/usr/bin/wireguard-go", "/usr/bin/wg", "/usr/sbin/ip", "/usr/bin/ping");

    private final String suffix =
            HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
    private final String hostNamespace = "uvh" + suffix;
    private final String customerNamespace = "uvc" + suffix;
    private final List<Process> daemons = new ArrayList<>();

    @TempDir
    Path directory;

    @Test
    void aGeneratedServerAndCustomerConfigCarryAPingThroughARealTunnel() throws Exception {
        assumeTrue(isRoot(), "not root: skipping the WireGuard tunnel between network namespaces");
        for (String tool : TOOLS) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is missing: skipping the WireGuard tunnel");
        }
        assumeTrue(sh("ip", "netns", "add", hostNamespace).exitCode == 0, "cannot create network namespaces here");
        run("ip", "netns", "add", customerNamespace);
        // The underlay is IPv4, so the customer's all-IPv6 route cannot swallow the tunnel's own packets.
        run(
                "ip",
                "link",
                "add",
                "uvh" + suffix + "e",
                "netns",
                hostNamespace,
                "type",
                "veth",
                "peer",
                "name",
                "uvc" + suffix + "e",
                "netns",
                customerNamespace);
        run("ip", "-n", hostNamespace, "addr", "add", "10.213.0.1/30", "dev", "uvh" + suffix + "e");
        run("ip", "-n", customerNamespace, "addr", "add", "10.213.0.2/30", "dev", "uvc" + suffix + "e");
        run("ip", "-n", hostNamespace, "link", "set", "uvh" + suffix + "e", "up");
        run("ip", "-n", customerNamespace, "link", "set", "uvc" + suffix + "e", "up");

        WireGuardKeyPair server = WireGuardKeys.generate();
        WireGuardKeyPair customer = WireGuardKeys.generate();
        WireGuardPool pool =
                new WireGuardPool(1, Prefix.parse("2a0a:e5c1:200::/40"), 48, "10.213.0.1", 51820, server.publicKey());
        CustomerNetwork network =
                new CustomerNetwork(5, 1, pool.network().subnetwork(48, 1), 2, 3, customer.publicKey(), Instant.now());
        String serverConfig =
                VpnConfigs.server(pool, server.privateKey(), List.of(network)).render();
        String customerConfig = VpnConfigs.customer(pool, network, Optional.of(customer.privateKey()))
                .render();

        String hostInterface = "uwh" + suffix;
        String customerInterface = "uwc" + suffix;
        bringUp(hostNamespace, hostInterface, serverConfig);
        bringUp(customerNamespace, customerInterface, customerConfig);
        // What wg-quick does with the Address lines and the peers' AllowedIPs:
        run("ip", "-n", hostNamespace, "-6", "addr", "add", "2001:db8:ffff::1/128", "dev", hostInterface, "nodad");
        run("ip", "-n", hostNamespace, "-6", "route", "add", network.network().toString(), "dev", hostInterface);
        run(
                "ip",
                "-n",
                customerNamespace,
                "-6",
                "addr",
                "add",
                network.customerAddress(),
                "dev",
                customerInterface,
                "nodad");
        run("ip", "-n", customerNamespace, "-6", "route", "add", "::/0", "dev", customerInterface);

        Result ping = sh(
                "ip",
                "netns",
                "exec",
                customerNamespace,
                "ping",
                "-6",
                "-c",
                "3",
                "-W",
                "3",
                "-I",
                "2a0a:e5c1:201::1",
                "2001:db8:ffff::1");

        assertThat(ping.exitCode).as("ping6 across the tunnel:\n" + ping.output).isZero();
        assertThat(ping.output).contains("3 received");
        assertThat(sh("ip", "netns", "exec", hostNamespace, "wg", "show", hostInterface, "latest-handshakes").output)
                .startsWith(customer.publicKey().base64());
    }

    /** Starts wireguard-go in the namespace and applies the config the way {@code wg-quick strip} would. */
    private void bringUp(String namespace, String name, String config) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("ip", "netns", "exec", namespace, "wireguard-go", "-f", name)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile());
        builder.environment().put("WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD", "1");
        daemons.add(builder.start());
        waitFor(Path.of("/var/run/wireguard/" + name + ".sock"));
        Path file = directory.resolve(name + ".conf");
        Files.writeString(file, stripped(config));
        run("ip", "netns", "exec", namespace, "wg", "setconf", name, file.toString());
        run("ip", "-n", namespace, "link", "set", name, "up");
    }

    /** {@code wg setconf} reads only WireGuard's own keys: drop wg-quick's Address lines. */
    static String stripped(String config) {
        return config.lines().filter(line -> !line.startsWith("Address")).collect(Collectors.joining("\n", "", "\n"));
    }

    private void waitFor(Path socket) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assertThat(socket).exists();
    }

    @AfterEach
    void removeNamespacesAndDaemons() throws Exception {
        for (Process daemon : daemons) {
            daemon.destroy();
            daemon.waitFor(5, TimeUnit.SECONDS);
        }
        sh("ip", "netns", "del", hostNamespace);
        sh("ip", "netns", "del", customerNamespace);
    }

    private static boolean isRoot() throws Exception {
        return sh("id", "-u").output.strip().equals("0");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Result result = sh(command);
        assertThat(result.exitCode)
                .as(String.join(" ", command) + ": " + result.output)
                .isZero();
    }

    private static Result sh(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
