package uncloud.agent.hostlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uncloud.agent.host.Command;
import uncloud.agent.host.ProcessCommandRunner;
import uncloud.agent.protocol.WireguardPeer;
import uncloud.agent.protocol.WireguardSpec;
import uncloud.agent.wireguard.WireguardApplier;

/** Two namespaces joined by a veth pair, each with a WireGuard interface set up by the applier; a ping crosses. */
class WireguardTunnelTest {
    private Netns left;
    private Netns right;
    // wireguard-go interface names must be unique across namespaces
    private final String suffix = Long.toString(ProcessHandle.current().pid() % 100000);

    @BeforeEach
    void joinTwoNamespaces() {
        Netns.assumeHostTools("ip", "wg", "ping");
        left = Netns.create();
        right = Netns.create();
        new ProcessCommandRunner()
                .runChecked(Command.of(
                        "ip",
                        "link",
                        "add",
                        "vl" + suffix,
                        "netns",
                        left.name,
                        "type",
                        "veth",
                        "peer",
                        "name",
                        "vr" + suffix,
                        "netns",
                        right.name));
        left.run("ip", "address", "add", "192.0.2.1/24", "dev", "vl" + suffix);
        left.run("ip", "link", "set", "vl" + suffix, "up");
        right.run("ip", "address", "add", "192.0.2.2/24", "dev", "vr" + suffix);
        right.run("ip", "link", "set", "vr" + suffix, "up");
    }

    @AfterEach
    void cleanUp() {
        for (Netns ns : new Netns[] {left, right}) {
            if (ns != null) {
                // deleting the interface ends wireguard-go
                ns.runner.run(Command.of("ip", "link", "delete", "wgl" + suffix));
                ns.runner.run(Command.of("ip", "link", "delete", "wgr" + suffix));
                ns.close();
            }
        }
    }

    @Test
    void aPingCrossesTheTunnel() {
        String leftKey = genkey();
        String rightKey = genkey();
        WireguardApplier leftApplier = new WireguardApplier(left.runner);
        WireguardApplier rightApplier = new WireguardApplier(right.runner);

        leftApplier.apply(
                "wgl" + suffix,
                new WireguardSpec(
                        51820,
                        List.of("fd00:77::1/64"),
                        leftKey,
                        List.of(new WireguardPeer(pubkey(rightKey), List.of("fd00:77::2/128"), "192.0.2.2:51821"))));
        rightApplier.apply(
                "wgr" + suffix,
                new WireguardSpec(
                        51821,
                        List.of("fd00:77::2/64"),
                        rightKey,
                        List.of(new WireguardPeer(pubkey(leftKey), List.of("fd00:77::1/128"), null))));

        assertThat(left.runner
                        .run(Command.of("ping", "-6", "-c", "1", "-W", "5", "fd00:77::2"))
                        .succeeded())
                .isTrue();
        assertThat(left.run("wg", "show", "wgl" + suffix, "latest-handshakes")).doesNotContain("\t0\n");
    }

    @Test
    void applyingTheSameSpecTwiceRunsNothing() {
        WireguardApplier applier = new WireguardApplier(left.runner);
        WireguardSpec spec = new WireguardSpec(51820, List.of("fd00:78::1/64"), genkey(), List.of());
        applier.apply("wgl" + suffix, spec);

        assertThat(applier.apply("wgl" + suffix, spec)).isEmpty();
    }

    private String genkey() {
        return left.run("wg", "genkey").trim();
    }

    private String pubkey(String privateKey) {
        return left.runner
                .runChecked(Command.of("wg", "pubkey").withStdin(privateKey + "\n"))
                .trim();
    }
}
