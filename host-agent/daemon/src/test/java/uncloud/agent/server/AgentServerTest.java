package uncloud.agent.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.agent.Agent;
import uncloud.agent.FirewallFixtures;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.protocol.AgentJson;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.state.StateStore;
import uncloud.agent.tls.AgentIdentity;
import uncloud.agent.tls.Fingerprints;

/** The daemon end to end over mutual TLS, with a dry-run runner that records what would have run. */
class AgentServerTest {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final HeldCertificate CONSOLE =
            new HeldCertificate.Builder().commonName("console").build();
    private static final AgentIdentity IDENTITY = AgentIdentity.generate("test-host");

    @TempDir
    Path dir;

    private final ObjectMapper json = AgentJson.mapper();
    private final DryRunCommandRunner runner = new DryRunCommandRunner();
    private AgentServer server;
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = startServer();
        client = clientPresenting(CONSOLE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthAnswersOverMutualTls() throws IOException {
        try (Response response = call("GET", "/v1/health", null)) {
            JsonNode health = json.readTree(response.body().string());

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.handshake().tlsVersion().javaName()).isEqualTo("TLSv1.3");
            assertThat(health.get("hostName").asText()).isEqualTo("test-host");
            assertThat(health.get("dryRun").asBoolean()).isTrue();
        }
    }

    @Test
    void aClientCertificateOtherThanTheConsolesIsRefusedAtTheHandshake() {
        OkHttpClient stranger = clientPresenting(
                new HeldCertificate.Builder().commonName("console").build());

        assertThrows(
                IOException.class,
                () -> stranger.newCall(request("GET", "/v1/health", null))
                        .execute()
                        .close());
    }

    @Test
    void aClientWithoutCertificateIsRefusedAtTheHandshake() {
        HandshakeCertificates trustOnly = new HandshakeCertificates.Builder()
                .addTrustedCertificate(IDENTITY.certificate())
                .build();
        OkHttpClient anonymous = pinnedBuilder(trustOnly).build();

        assertThrows(
                IOException.class,
                () -> anonymous
                        .newCall(request("GET", "/v1/health", null))
                        .execute()
                        .close());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    {"version":1,"interfaces":[],"force":true}                  | 400 | unknown_field  | force
                    {"version":"1","interfaces":[]}                             | 400 | wrong_type     | version
                    {"version":1,"interfaces":{}}                               | 400 | wrong_type     | interfaces
                    {"version":1,"interfaces":[                                 | 400 | malformed_json | interfaces
                    {"version":1,"interfaces":[]} trailing                      | 400 | malformed_json |
                    {"version":1}                                               | 400 | invalid        | interfaces
                    {"version":1,"interfaces":[{"name":"v000000002a01xyzw","bridge":"br100","mac":"02:00:00:00:00:2a","ipv6":[],"ipv4":[],"inbound":[]}]} | 400 | invalid | interfaces[0].name
                    {"version":1,"interfaces":[{"name":"v000000002a01","bridge":"br100","mac":"02:00:00:00:2a","ipv6":[],"ipv4":[],"inbound":[]}]}      | 400 | invalid | interfaces[0].mac
                    {"version":1,"interfaces":[{"name":"v000000002a01","bridge":"br100","mac":"02:00:00:00:00:2a","ipv6":["2a0a::1/64"],"ipv4":[],"inbound":[]}]} | 400 | invalid | interfaces[0].ipv6[0]
                    """)
    void aBadFirewallBodyGetsA4xxAndChangesNothing(String body, int status, String code, String field)
            throws IOException {
        try (Response response = call("PUT", "/v1/firewall", body)) {
            JsonNode error = json.readTree(response.body().string()).get("error");

            assertThat(response.code()).isEqualTo(status);
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("field").isNull() ? null : error.get("field").asText())
                    .isEqualTo(field);
            assertThat(error.get("message").asText()).isNotBlank().doesNotContain("\n");
        }
        assertThat(runner.recorded()).isEmpty();
        assertThat(Files.exists(dir.resolve("state.json"))).isFalse();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() throws IOException {
        String big = "{\"version\":1,\"interfaces\":[],\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";

        try (Response response = call("PUT", "/v1/firewall", big)) {
            assertThat(response.code()).isEqualTo(413);
        }
        assertThat(runner.recorded()).isEmpty();
    }

    @Test
    void aLargeFirewallTravelsGzipped() throws IOException {
        byte[] plain = json.writeValueAsBytes(FirewallFixtures.state(1, 5000, FirewallFixtures.webAndDns()));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(plain);
        }
        Request request = new Request.Builder()
                .url("https://127.0.0.1:" + server.address().getPort() + "/v1/firewall")
                .put(RequestBody.create(zipped.toByteArray(), JSON_TYPE))
                .header("Content-Encoding", "gzip")
                .build();

        try (Response response = client.newCall(request).execute()) {
            assertThat(plain.length).isGreaterThan(1024 * 1024);
            assertThat(response.code()).isEqualTo(200);
        }
    }

    @Test
    void theSameFirewallTwiceRunsNothingTheSecondTime() throws IOException {
        String body = json.writeValueAsString(FirewallFixtures.state(1, 2, FirewallFixtures.webAndDns()));
        call("PUT", "/v1/firewall", body).close();
        runner.clear();

        try (Response response = call("PUT", "/v1/firewall", body)) {
            assertThat(json.readTree(response.body().string()).get("changed").asBoolean())
                    .isFalse();
        }
        assertThat(runner.recorded()).isEmpty();
    }

    @Test
    void aVersionBelowTheLiveOneIsAConflictAndTheLiveStateStays() throws IOException {
        call("PUT", "/v1/firewall", json.writeValueAsString(FirewallFixtures.state(5, 1, List.of())))
                .close();
        runner.clear();

        try (Response response =
                call("PUT", "/v1/firewall", json.writeValueAsString(FirewallFixtures.state(4, 2, List.of())))) {
            assertThat(response.code()).isEqualTo(409);
            assertThat(json.readTree(response.body().string())
                            .at("/error/message")
                            .asText())
                    .isEqualTo("version 4 is lower than the live version 5");
        }
        assertThat(runner.recorded()).isEmpty();
        assertThat(new StateStore(dir.resolve("state.json")).load().firewall().version())
                .isEqualTo(5);
    }

    @Test
    void aPreviewAnswersTheCheckedTransactionAndDiffAndChangesNothing() throws IOException {
        FirewallState state = FirewallFixtures.state(1, 1, List.of());

        try (Response response = call("POST", "/v1/firewall/preview", json.writeValueAsString(state))) {
            JsonNode preview = json.readTree(response.body().string());

            assertThat(preview.get("transaction").asText())
                    .contains("add rule bridge filter prerouting jump netpublic-1");
            assertThat(preview.get("diff").asText()).startsWith("+ v000000000101 bridge br100\n");
        }
        assertThat(runner.recordedLines()).containsExactly("nft -c -f /dev/stdin");
        assertThat(Files.exists(dir.resolve("state.json"))).isFalse();
    }

    @Test
    void theDesiredStateIsPersistedAndReappliedByTheNextAgent() throws IOException {
        call("PUT", "/v1/firewall", json.writeValueAsString(FirewallFixtures.state(7, 2, List.of())))
                .close();
        DryRunCommandRunner afterRestart = new DryRunCommandRunner();
        Agent next = new Agent(
                afterRestart, new StateStore(dir.resolve("state.json")), dir, "test-host", List.of(), Duration.ZERO);

        assertThat(next.reapply()).isEmpty();

        assertThat(afterRestart.recordedLines()).containsExactly("nft -f /dev/stdin");
        assertThat(next.health().firewallVersion()).isEqualTo(7L);
    }

    @Test
    void aVmIdThatIsNotTenHexDigitsIsRefused() throws IOException {
        String vm = "{\"state\":\"running\",\"cores\":1,\"memoryMib\":64,\"disks\":[],\"interfaces\":[]}";

        try (Response response = call("PUT", "/v1/vms/2a", vm)) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(json.readTree(response.body().string())
                            .at("/error/field")
                            .asText())
                    .isEqualTo("id");
        }
    }

    @Test
    void deletingAnUnknownVmIsNotFound() throws IOException {
        try (Response response = call("DELETE", "/v1/vms/000000002a", null)) {
            assertThat(response.code()).isEqualTo(404);
        }
    }

    @Test
    void aWrongMethodIs405() throws IOException {
        try (Response response = call("DELETE", "/v1/health", null)) {
            assertThat(response.code()).isEqualTo(405);
        }
    }

    private AgentServer startServer() throws IOException {
        Agent agent = new Agent(
                runner, new StateStore(dir.resolve("state.json")), dir, "test-host", List.of(), Duration.ZERO);
        return AgentServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                IDENTITY.serverContext(Fingerprints.sha256(CONSOLE.certificate())),
                agent);
    }

    private Response call(String method, String path, String body) throws IOException {
        return client.newCall(request(method, path, body)).execute();
    }

    private Request request(String method, String path, String body) {
        return new Request.Builder()
                .url("https://127.0.0.1:" + server.address().getPort() + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON_TYPE))
                .headers(Headers.of())
                .build();
    }

    private static OkHttpClient clientPresenting(HeldCertificate console) {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(console)
                .addTrustedCertificate(IDENTITY.certificate())
                .build();
        return pinnedBuilder(certificates).build();
    }

    /** The agent's certificate names no host: it is trusted by its fingerprint alone. */
    private static OkHttpClient.Builder pinnedBuilder(HandshakeCertificates certificates) {
        return new OkHttpClient.Builder()
                .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager())
                .hostnameVerifier((host, session) -> {
                    try {
                        return Fingerprints.sha256((X509Certificate) session.getPeerCertificates()[0])
                                .equals(IDENTITY.sha256());
                    } catch (SSLPeerUnverifiedException e) {
                        return false;
                    }
                })
                .callTimeout(Duration.ofSeconds(20));
    }
}
