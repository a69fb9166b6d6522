package uncloud.agent.wireguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.protocol.WireguardPeer;
import uncloud.agent.protocol.WireguardSpec;

class WireguardRendererTest {
    private static final String SERVER_KEY = "YNqHbfBQKaGvzefSSmMwJ3qZdyHSfkp0HEu7+0pWGmg=";
    private static final String PEER_KEY = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";

    private final WireguardSpec spec = new WireguardSpec(
            51820,
            List.of("2a0a:e5c1:200::1/40"),
            SERVER_KEY,
            List.of(new WireguardPeer(PEER_KEY, List.of("2a0a:e5c1:201::/48"), null)));

    @Test
    void rendersWhatWgSyncconfReads() {
        assertThat(WireguardRenderer.render(spec)).isEqualTo("""
                        [Interface]
                        PrivateKey = YNqHbfBQKaGvzefSSmMwJ3qZdyHSfkp0HEu7+0pWGmg=
                        ListenPort = 51820

                        [Peer]
                        PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
                        AllowedIPs = 2a0a:e5c1:201::/48
                        """);
    }

    @Test
    void thePrivateKeyTravelsOnStandardInputOnly() {
        DryRunCommandRunner runner = new DryRunCommandRunner();

        List<String> ran = new WireguardApplier(runner).apply("wg200", spec);

        assertThat(ran)
                .containsExactly(
                        "ip link add dev wg200 type wireguard",
                        "wg syncconf wg200 /dev/stdin",
                        "ip address replace 2a0a:e5c1:200::1/40 dev wg200",
                        "ip link set dev wg200 up");
        assertThat(String.join(" ", ran)).doesNotContain(SERVER_KEY);
        assertThat(runner.recorded().get(1).stdin()).contains(SERVER_KEY);
    }

    @Test
    void aChangedPeerListOnlySyncsAgain() {
        DryRunCommandRunner runner = new DryRunCommandRunner();
        WireguardApplier applier = new WireguardApplier(runner);
        applier.apply("wg200", spec);

        List<String> ran = applier.apply("wg200", new WireguardSpec(51820, spec.addresses(), SERVER_KEY, List.of()));

        assertThat(ran).containsExactly("wg syncconf wg200 /dev/stdin");
    }
}
