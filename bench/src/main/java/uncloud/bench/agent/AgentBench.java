package uncloud.bench.agent;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import uncloud.agent.Agent;
import uncloud.agent.firewall.FirewallFeatures;
import uncloud.agent.firewall.FirewallRenderer;
import uncloud.agent.host.Command;
import uncloud.agent.host.ProcessCommandRunner;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;
import uncloud.agent.server.AgentServer;
import uncloud.agent.state.StateStore;
import uncloud.agent.tls.AgentIdentity;
import uncloud.agent.tls.Fingerprints;
import uncloud.client.agent.AgentClient;
import uncloud.client.agent.AgentClients;
import uncloud.client.agent.AgentEndpoint;
import uncloud.client.agent.ConsoleCertificate;
import uncloud.client.agent.RetryPolicy;

/**
 * Figures for docs/benchmarks.md: firewall render time for 5,000 VM interfaces with 3 inbound rules each, apply time
 * through the agent (client → mutual TLS → validate → render → nft -f → persist) against raw {@code nft -f}
 * of the same text in the same run, each in a fresh network namespace, and {@code GET /v1/health} latency over a
 * keep-alive mutual-TLS connection. Needs root and nft for the apply part.
 */
public final class AgentBench {
    private static final int INTERFACES = 5000;
    private static final int ROUNDS = 11;
    /** Unmeasured rounds first: the agent is a long-running daemon, so its JIT-compiled paths are what counts. */
    private static final int WARM_UP_ROUNDS = 3;

    private AgentBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cpus");
        renderTime();
        if (!"root".equals(System.getProperty("user.name"))) {
            System.out.println("apply: skipped (needs root for ip netns and nft)");
        } else {
            applyTimes();
        }
        healthLatency();
    }

    static FirewallState state(long version) {
        List<FirewallInterface> interfaces = new ArrayList<>(INTERFACES);
        for (int i = 0; i < INTERFACES; i++) {
            interfaces.add(new FirewallInterface(
                    String.format("v%010x01", i),
                    "br" + (100 + i % 4),
                    String.format("02:00:00:%02x:%02x:%02x", (i >> 16) & 255, (i >> 8) & 255, i & 255),
                    List.of(String.format("2a0a:e5c1:%x::/64", i)),
                    List.of(String.format("10.%d.%d.1/32", (i >> 8) & 255, i & 255)),
                    List.of(
                            new InboundRule("tcp", "22,80,443", "::/0"),
                            new InboundRule("udp", "53", "0.0.0.0/0"),
                            // every version differs a little, as real changes do
                            new InboundRule("tcp", (8000 + version % 100) + "-8080", "2001:db8::/32"))));
        }
        return new FirewallState(version, interfaces);
    }

    private static void renderTime() {
        FirewallRenderer renderer = new FirewallRenderer(FirewallFeatures.MINIMAL);
        FirewallState state = state(2);
        for (int i = 0; i < 5; i++) {
            renderer.render(state, 1L);
        }
        long[] times = measure(20, () -> renderer.render(state, 1L).length());
        System.out.printf(
                "render 5000 interfaces x 3 rules: median %.1f ms (min %.1f, max %.1f), %d bytes%n",
                ms(median(times)),
                ms(times[0]),
                ms(times[times.length - 1]),
                renderer.render(state, 1L).length());
    }

    /** Raw and agent applies alternate round by round, so both see the same load on a shared machine. */
    private static void applyTimes() throws Exception {
        String rawNs = "ucbench-raw-" + ProcessHandle.current().pid();
        String checkedNs = "ucbench-chk-" + ProcessHandle.current().pid();
        String agentNs = "ucbench-agent-" + ProcessHandle.current().pid();
        ProcessCommandRunner host = new ProcessCommandRunner();
        for (String ns : List.of(rawNs, checkedNs, agentNs)) {
            host.runChecked(Command.of("ip", "netns", "add", ns));
        }
        Path dir = Files.createTempDirectory("agent-bench");
        try {
            ProcessCommandRunner raw = new ProcessCommandRunner(rawNs);
            ProcessCommandRunner checked = new ProcessCommandRunner(checkedNs);
            FirewallRenderer renderer = new FirewallRenderer(FirewallFeatures.probe(raw));
            Duration limit = Duration.ofMinutes(2);
            String first = renderer.render(state(1), null);
            raw.runChecked(new Command(List.of("nft", "-f", "/dev/stdin"), first, limit));
            checked.runChecked(new Command(List.of("nft", "-f", "/dev/stdin"), first, limit));

            TlsPair tls = TlsPair.create();
            Agent agent = new Agent(
                    new ProcessCommandRunner(agentNs),
                    new StateStore(dir.resolve("state.json")),
                    dir,
                    "bench",
                    List.of("nft"),
                    Duration.ofSeconds(1));
            try (AgentServer server = AgentServer.start(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                            tls.agent.serverContext(Fingerprints.sha256(tls.consoleCertificate)),
                            agent);
                    AgentClients clients = new AgentClients(tls.console(), RetryPolicy.NONE)) {
                AgentClient client = clients.forHost(
                        new AgentEndpoint("127.0.0.1", server.address().getPort(), tls.agent.sha256(), limit));
                client.applyFirewall(state(1));
                long[] rawTimes = new long[ROUNDS];
                long[] checkedTimes = new long[ROUNDS];
                long[] agentTimes = new long[ROUNDS];
                for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
                    long version = round + WARM_UP_ROUNDS + 2;
                    FirewallState next = state(version);
                    String text = renderer.render(next, version - 1);
                    Command apply = new Command(List.of("nft", "-f", "/dev/stdin"), text, limit);
                    Command check = new Command(List.of("nft", "-c", "-f", "/dev/stdin"), text, limit);

                    long start = System.nanoTime();
                    raw.runChecked(apply);
                    long rawTime = System.nanoTime() - start;

                    start = System.nanoTime();
                    checked.runChecked(check);
                    checked.runChecked(apply);
                    long checkedTime = System.nanoTime() - start;

                    start = System.nanoTime();
                    client.applyFirewall(next);
                    long agentTime = System.nanoTime() - start;
                    if (round >= 0) {
                        rawTimes[round] = rawTime;
                        checkedTimes[round] = checkedTime;
                        agentTimes[round] = agentTime;
                    }
                }
                Arrays.sort(rawTimes);
                Arrays.sort(checkedTimes);
                Arrays.sort(agentTimes);
                System.out.printf(
                        "apply swap, raw nft -f:                median %.0f ms (min %.0f, max %.0f)%n",
                        ms(median(rawTimes)), ms(rawTimes[0]), ms(rawTimes[ROUNDS - 1]));
                System.out.printf(
                        "apply swap, raw nft -c -f + nft -f (a separate check first, for comparison): median %.0f ms (min %.0f, max %.0f)%n",
                        ms(median(checkedTimes)), ms(checkedTimes[0]), ms(checkedTimes[ROUNDS - 1]));
                System.out.printf(
                        "apply swap, through the agent (PUT):   median %.0f ms (min %.0f, max %.0f)%n",
                        ms(median(agentTimes)), ms(agentTimes[0]), ms(agentTimes[ROUNDS - 1]));
                System.out.printf(
                        "ratio of medians agent / raw nft -f: %.2f (goal <= 1.3); agent / raw check+apply: %.2f; of minimums: %.2f, %.2f%n",
                        (double) median(agentTimes) / median(rawTimes),
                        (double) median(agentTimes) / median(checkedTimes),
                        (double) agentTimes[0] / rawTimes[0],
                        (double) agentTimes[0] / checkedTimes[0]);
            }
        } finally {
            for (String ns : List.of(rawNs, checkedNs, agentNs)) {
                host.run(Command.of("ip", "netns", "delete", ns));
            }
        }
    }

    private static void healthLatency() throws Exception {
        Path dir = Files.createTempDirectory("agent-bench-health");
        TlsPair tls = TlsPair.create();
        Agent agent = new Agent(
                new uncloud.agent.host.DryRunCommandRunner(),
                new StateStore(dir.resolve("state.json")),
                dir,
                "bench",
                List.of(),
                Duration.ZERO);
        try (AgentServer server = AgentServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        tls.agent.serverContext(Fingerprints.sha256(tls.consoleCertificate)),
                        agent);
                AgentClients clients = new AgentClients(tls.console(), RetryPolicy.NONE)) {
            AgentClient client = clients.forHost(new AgentEndpoint(
                    "127.0.0.1", server.address().getPort(), tls.agent.sha256(), Duration.ofSeconds(10)));
            for (int i = 0; i < 300; i++) {
                client.health();
            }
            long[] times = measure(2000, () -> client.health().vms().size());
            System.out.printf(
                    "GET /v1/health, mutual TLS, keep-alive, 2000 requests: median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                    ms(median(times)), ms(times[times.length * 9 / 10]), ms(times[times.length * 99 / 100]));
        }
    }

    private static long[] measure(int count, LongSupplier action) {
        long[] times = new long[count];
        long sink = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            sink += action.getAsLong();
            times[i] = System.nanoTime() - start;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(times);
        return times;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The agent's identity and a console certificate made the way an operator would (self-signed). */
    private record TlsPair(AgentIdentity agent, X509Certificate consoleCertificate, KeyPair consoleKeys) {
        static TlsPair create() {
            AgentIdentity console = AgentIdentity.generate("console");
            return new TlsPair(
                    AgentIdentity.generate("bench"),
                    console.certificate(),
                    new KeyPair(console.certificate().getPublicKey(), console.key()));
        }

        ConsoleCertificate console() {
            return new ConsoleCertificate(consoleCertificate, consoleKeys.getPrivate());
        }
    }
}
