package uncloud.client.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import okio.GzipSource;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.Health;
import uncloud.agent.protocol.InboundRule;
import uncloud.client.AgentException;
import uncloud.client.ConnectionException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.internal.agent.PinnedAgentTls;

/** The client against MockWebServer with real certificates: the agent's pinned, the console's presented. */
class AgentClientTest {
    private static final HeldCertificate AGENT =
            new HeldCertificate.Builder().commonName("agent").build();
    private static final HeldCertificate CONSOLE =
            new HeldCertificate.Builder().commonName("console").build();
    private static final String HEALTH = """
            {"agentVersion":"0.1.0","hostName":"hv1","dryRun":false,"capabilities":["nft","qemu"],
             "firewallVersion":11,"vms":["000000002a"],"wireguardInterfaces":[],"addedLater":true}""";

    private final MockWebServer server = new MockWebServer();
    private AgentClients clients;

    @BeforeEach
    void start() throws IOException {
        HandshakeCertificates agentSide = new HandshakeCertificates.Builder()
                .heldCertificate(AGENT)
                .addTrustedCertificate(CONSOLE.certificate())
                .build();
        server.useHttps(agentSide.sslSocketFactory());
        server.requireClientAuth();
        server.start(0);
        clients = new AgentClients(
                new ConsoleCertificate(CONSOLE.certificate(), CONSOLE.keyPair().getPrivate()),
                new RetryPolicy(3, Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        clients.close();
        server.close();
    }

    @Test
    void healthPresentsTheConsoleCertificateAndReadsTheAnswer() throws InterruptedException {
        server.enqueue(json(200, HEALTH));

        Health health = client(AGENT).health();

        assertThat(health)
                .isEqualTo(new Health(
                        "0.1.0", "hv1", false, List.of("nft", "qemu"), 11L, List.of("000000002a"), List.of()));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/v1/health");
        assertThat(request.getHandshake().peerCertificates()).containsExactly(CONSOLE.certificate());
        assertThat(request.getHandshake().tlsVersion().javaName()).isEqualTo("TLSv1.3");
    }

    @Test
    void anAgentWithAnotherCertificateThanThePinnedOneIsRefused() {
        server.enqueue(json(200, HEALTH));
        AgentClient client =
                client(new HeldCertificate.Builder().commonName("agent").build());

        ConnectionException e = assertThrows(ConnectionException.class, client::health);

        assertThat(e.getMessage())
                .contains("the agent presented certificate " + PinnedAgentTls.sha256(AGENT.certificate()))
                .contains("check the pinned certificate");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aPutIsRetriedAfterTheConnectionBreaks() throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(json(200, "{\"changed\":true,\"commands\":[\"nft -c -f /dev/stdin\",\"nft -f /dev/stdin\"]}"));

        ApplyResult result = client(AGENT).applyFirewall(state(2));

        assertThat(result).isEqualTo(new ApplyResult(true, List.of("nft -c -f /dev/stdin", "nft -f /dev/stdin")));
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getBody().utf8()).startsWith("{\"version\":2,");
    }

    @Test
    void aPreviewIsNotRetried() {
        server.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket())
                .build());
        server.enqueue(json(200, "{}"));

        assertThrows(ConnectionException.class, () -> client(AGENT).previewFirewall(state(2)));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aHostThatDoesNotAnswerInTimeFailsWithinItsTimeout() {
        server.enqueue(
                json(200, HEALTH).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
        AgentClient client = clients.forHost(new AgentEndpoint(
                server.getHostName(),
                server.getPort(),
                PinnedAgentTls.sha256(AGENT.certificate()),
                Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertThrows(ConnectionException.class, client::health);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    400 | invalid          | interfaces[0].mac | ValidationException
                    422 | firewall_rejected |                  | ValidationException
                    404 | not_found        |                   | NotFoundException
                    409 | conflict         | version           | ConflictException
                    500 | command_failed   |                   | AgentException
                    """)
    void agentErrorsBecomeLibraryExceptions(int status, String code, String field, String type) {
        String fieldJson = field == null ? "null" : "\"" + field + "\"";
        server.enqueue(json(
                status,
                "{\"error\":{\"code\":\"" + code + "\",\"message\":\"what went wrong\",\"field\":" + fieldJson + "}}"));

        UncloudException e =
                assertThrows(UncloudException.class, () -> client(AGENT).applyFirewall(state(3)));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getMessage())
                .isEqualTo("agent " + server.getHostName() + ":" + server.getPort() + ": what went wrong");
        if (e instanceof ValidationException validation) {
            assertThat(validation.field().orElse(null)).isEqualTo(field);
        }
        if (e instanceof AgentException agent) {
            assertThat(agent.status()).isEqualTo(500);
            assertThat(agent.code()).contains("command_failed");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aLargeFirewallIsSentGzipped() throws Exception {
        server.enqueue(json(200, "{\"changed\":true,\"commands\":[]}"));

        client(AGENT).applyFirewall(stateWith(3000));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Content-Encoding")).isEqualTo("gzip");
        Buffer plain = new Buffer();
        try (var source = Okio.buffer(new GzipSource(new Buffer().write(request.getBody())))) {
            source.readAll(plain);
        }
        assertThat(plain.readUtf8()).startsWith("{\"version\":1,\"interfaces\":[{\"name\":\"v000000000001\"");
    }

    @Test
    void aMalformedVmIdIsRefusedBeforeAnythingIsSent() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> client(AGENT).deleteVm("2a"));

        assertThat(e.field()).contains("vmId");
        assertThat(server.getRequestCount()).isZero();
    }

    private AgentClient client(HeldCertificate pinned) {
        return clients.forHost(new AgentEndpoint(
                server.getHostName(),
                server.getPort(),
                PinnedAgentTls.sha256(pinned.certificate()),
                Duration.ofSeconds(5)));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static FirewallState state(long version) {
        return new FirewallState(
                version,
                List.of(new FirewallInterface(
                        "v000000002a01",
                        "br100",
                        "02:00:00:00:00:2a",
                        List.of("2a0a:e5c1:111:b::/64"),
                        List.of(),
                        List.of(new InboundRule("tcp", "22", "::/0")))));
    }

    private static FirewallState stateWith(int interfaces) {
        List<FirewallInterface> list = new java.util.ArrayList<>();
        for (int i = 0; i < interfaces; i++) {
            list.add(new FirewallInterface(
                    String.format("v%010x01", i),
                    "br100",
                    String.format("02:00:00:00:%02x:%02x", (i >> 8) & 255, i & 255),
                    List.of(String.format("2a0a:e5c1:%x::/64", i)),
                    List.of(),
                    List.of(new InboundRule("tcp", "22,80,443", "::/0"))));
        }
        return new FirewallState(1, list);
    }
}
