package uncloud.client.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.agent.Agent;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;
import uncloud.agent.protocol.VmNic;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.VmStatus;
import uncloud.agent.server.AgentServer;
import uncloud.agent.state.StateStore;
import uncloud.agent.tls.AgentIdentity;
import uncloud.agent.tls.Fingerprints;
import uncloud.client.ConflictException;
import uncloud.client.ValidationException;

/** The console's client against the real daemon (dry run) over mutual TLS. */
class AgentClientAgainstDaemonTest {
    private static final HeldCertificate CONSOLE =
            new HeldCertificate.Builder().commonName("console").build();

    @TempDir
    Path dir;

    private final DryRunCommandRunner runner = new DryRunCommandRunner();
    private AgentServer server;
    private AgentClients clients;
    private AgentClient client;

    @BeforeEach
    void start() throws IOException {
        AgentIdentity identity = AgentIdentity.generate("hv1");
        Agent agent =
                new Agent(runner, new StateStore(dir.resolve("state.json")), dir, "hv1", List.of("nft"), Duration.ZERO);
        server = AgentServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                identity.serverContext(Fingerprints.sha256(CONSOLE.certificate())),
                agent);
        clients = new AgentClients(
                new ConsoleCertificate(CONSOLE.certificate(), CONSOLE.keyPair().getPrivate()));
        client = clients.forHost(
                new AgentEndpoint("127.0.0.1", server.address().getPort(), identity.sha256(), Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        clients.close();
        server.close();
    }

    @Test
    void firewallVersionsGoLiveInOrderAndOlderOnesConflict() {
        assertThat(client.applyFirewall(state(1)).changed()).isTrue();
        assertThat(client.applyFirewall(state(1))).isEqualTo(new ApplyResult(false, List.of()));
        assertThat(client.previewFirewall(state(2)).liveVersion()).isEqualTo(1L);
        client.applyFirewall(state(2));

        ConflictException e = assertThrows(ConflictException.class, () -> client.applyFirewall(state(1)));

        assertThat(e.getMessage()).endsWith("version 1 is lower than the live version 2");
        assertThat(client.health().firewallVersion()).isEqualTo(2L);
    }

    @Test
    void vmsAreCreatedListedAndDeleted() {
        VmSpec spec = new VmSpec("running", 2, 512, List.of(), List.of(new VmNic("br100", "02:00:00:00:00:2a")));

        client.putVm("000000002a", spec);

        assertThat(client.vms().vms())
                .containsExactly(new VmStatus("000000002a", "running", "running", List.of("v000000002a00")));
        client.deleteVm("000000002a");
        assertThat(client.vms().vms()).isEmpty();
    }

    @Test
    void anInterfaceNameOverFifteenCharactersIsRefusedNamingTheField() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> client.putWireguard("wg-with-a-far-too-long-name", null));

        assertThat(e.field()).contains("interface");
    }

    private static FirewallState state(long version) {
        return new FirewallState(
                version,
                List.of(new FirewallInterface(
                        "v000000002a01",
                        "br100",
                        "02:00:00:00:00:2a",
                        List.of("2a0a:e5c1:111:b::/64"),
                        List.of("185.203.112.1/32"),
                        List.of(new InboundRule("tcp", "22,80,443", "::/0")))));
    }
}
