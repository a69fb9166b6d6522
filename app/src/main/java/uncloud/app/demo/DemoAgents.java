package uncloud.app.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uncloud.agent.Agent;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.server.AgentServer;
import uncloud.agent.state.StateStore;
import uncloud.agent.tls.AgentIdentity;
import uncloud.client.UncloudException;
import uncloud.client.agent.ConsoleCertificate;
import uncloud.client.db.Database;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repositories;
import uncloud.client.db.Sort;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;

/**
 * The demo profile's host agents: for every host of the demo database, an agent as {@code uncloud-agent serve
 * --dry-run} runs it (it validates, renders and records every change but runs no host command), listening on
 * loopback with mutual TLS like a real one. The host rows are pointed at them, so the console reaches them exactly as
 * it reaches real hosts. Keys and certificates live in memory only; the agents' state folder is deleted on close.
 */
public final class DemoAgents implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoAgents.class);
    private static final List<String> HYPERVISOR_TOOLS = List.of("nft", "qemu", "kvm");
    private static final List<String> VPN_TOOLS = List.of("nft", "wg");

    private final ConsoleCertificate console;
    private final List<AgentServer> servers;
    private final Path stateDir;

    private DemoAgents(ConsoleCertificate console, List<AgentServer> servers, Path stateDir) {
        this.console = console;
        this.servers = servers;
        this.stateDir = stateDir;
    }

    /** Starts one agent per host and records their addresses and certificates in the host rows, as {@code actor}. */
    public static DemoAgents start(Database database, String actor) {
        long started = System.nanoTime();
        AgentIdentity consoleIdentity = AgentIdentity.generate("uncloud-console-demo");
        ConsoleCertificate console = new ConsoleCertificate(consoleIdentity.certificate(), consoleIdentity.key());
        List<AgentServer> servers = new ArrayList<>();
        Path stateDir = null;
        try {
            stateDir = Files.createTempDirectory("uncloud-demo-agents");
            List<Host> hosts = database.read(tx -> Repositories.hosts()
                    .browse(tx, PageRequest.of(PageRequest.MAX_SIZE).sortedBy(Sort.ascending("id")))
                    .items());
            List<Host> pointed = new ArrayList<>();
            for (Host host : hosts) {
                AgentIdentity identity = AgentIdentity.generate(host.fqdn());
                Path hostDir = Files.createDirectories(stateDir.resolve(host.fqdn()));
                Agent agent = new Agent(
                        new DryRunCommandRunner(),
                        new StateStore(hostDir.resolve("state.json")),
                        hostDir,
                        host.fqdn(),
                        host.kind() == HostKind.VPN ? VPN_TOOLS : HYPERVISOR_TOOLS,
                        Duration.ofSeconds(60));
                AgentServer server = AgentServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        identity.serverContext(consoleIdentity.sha256()),
                        agent);
                servers.add(server);
                pointed.add(host.withAgent(
                        host.sshHostKey(),
                        "https://127.0.0.1:" + server.address().getPort(),
                        identity.sha256()));
            }
            database.runInTransaction(actor, tx -> {
                for (Host host : pointed) {
                    Repositories.hosts().update(tx, host);
                }
            });
            LOG.info(
                    "Demo: {} dry-run host agents listening on loopback ({} ms)",
                    servers.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return new DemoAgents(console, servers, stateDir);
        } catch (IOException | RuntimeException e) {
            new DemoAgents(console, servers, stateDir).close();
            throw new UncloudException("Cannot start the demo's host agents: " + e.getMessage(), e);
        }
    }

    /** The certificate the demo console presents; the demo agents accept only this one. */
    public ConsoleCertificate consoleCertificate() {
        return console;
    }

    @Override
    public void close() {
        servers.forEach(AgentServer::close);
        if (stateDir != null) {
            try (Stream<Path> files = Files.walk(stateDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(DemoAgents::deleteQuietly);
            } catch (IOException e) {
                // a temporary folder: the system cleans it up eventually
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
