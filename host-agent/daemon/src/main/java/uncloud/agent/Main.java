package uncloud.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import uncloud.agent.firewall.FirewallFeatures;
import uncloud.agent.firewall.FirewallRenderer;
import uncloud.agent.host.Capabilities;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.host.DryRunCommandRunner;
import uncloud.agent.host.ProcessCommandRunner;
import uncloud.agent.protocol.AgentJson;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.server.AgentServer;
import uncloud.agent.state.StateStore;
import uncloud.agent.tls.AgentIdentity;
import uncloud.agent.tls.Fingerprints;

/** Entry point of {@code uncloud-agent}: {@code init}, {@code serve}, {@code render-firewall}. */
public final class Main {
    static final String USAGE = String.join(
            "\n",
            "usage: uncloud-agent init --config-dir DIR --console-cert-sha256 HEX [--listen HOST:PORT]",
            "       uncloud-agent serve [--config-dir DIR] [--dry-run] [--listen HOST:PORT] [--netns NAME]",
            "       uncloud-agent render-firewall --state FILE [--live-version N] [--bridge-name] [--conntrack]");
    static final Path DEFAULT_CONFIG_DIR = Path.of("/etc/uncloud-agent");

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.exit(new Main(System.out, System.err).run(args).code());
    }

    ExitCode run(String... args) {
        if (args.length == 0) {
            err.println("uncloud-agent: no command given\n" + USAGE);
            return ExitCode.BAD_INPUT;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "init":
                    return init(
                            Flags.parse(rest, Set.of("--config-dir", "--console-cert-sha256", "--listen"), Set.of()));
                case "serve":
                    return serve(Flags.parse(rest, Set.of("--config-dir", "--listen", "--netns"), Set.of("--dry-run")));
                case "render-firewall":
                    return renderFirewall(Flags.parse(
                            rest, Set.of("--state", "--live-version"), Set.of("--bridge-name", "--conntrack")));
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return ExitCode.OK;
                default:
                    throw new UsageException("unknown command \"" + command + "\" (init, serve, render-firewall)");
            }
        } catch (UsageException e) {
            err.println("uncloud-agent " + command + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("uncloud-agent " + command + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private ExitCode init(Flags flags) throws UsageException, IOException {
        Path dir = Path.of(flags.require("--config-dir"));
        String console;
        try {
            console = Fingerprints.normalize(flags.require("--console-cert-sha256"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--console-cert-sha256: " + e.getMessage());
        }
        String listen = flags.has("--listen") ? flags.get("--listen") : AgentConfig.DEFAULT_LISTEN;
        AgentConfig.address(listen);
        if (Files.exists(dir.resolve(AgentIdentity.KEY_FILE))) {
            throw new UsageException(dir + " already holds an agent key; remove the folder to start over");
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        AgentIdentity identity = AgentIdentity.generate(hostName());
        identity.save(dir);
        new AgentConfig(dir, listen, console, dir.resolve("state.json"), Path.of("/run/uncloud-agent")).save();
        out.println(identity.sha256());
        return ExitCode.OK;
    }

    private ExitCode serve(Flags flags) throws UsageException, IOException {
        Path dir = flags.has("--config-dir") ? Path.of(flags.get("--config-dir")) : DEFAULT_CONFIG_DIR;
        AgentConfig config = AgentConfig.load(dir);
        if (flags.has("--listen")) {
            config = config.withListen(flags.get("--listen"));
        }
        boolean dryRun = flags.has("--dry-run");
        if (dryRun) {
            // a dry run keeps its own state and run folder: a later real start must not apply what it recorded
            Path scratch = dir.resolve("dry-run");
            config = config.withRunDir(scratch).withStateFile(scratch.resolve("state.json"));
        }
        Files.createDirectories(config.runDir());
        CommandRunner runner = dryRun ? new DryRunCommandRunner() : new ProcessCommandRunner(flags.get("--netns"));
        Agent agent = new Agent(
                runner,
                new StateStore(config.stateFile()),
                config.runDir(),
                hostName(),
                Capabilities.probe(),
                Duration.ofSeconds(60));
        agent.reapply();
        AgentIdentity identity = AgentIdentity.load(dir);
        AgentServer server = AgentServer.start(
                AgentConfig.address(config.listen()), identity.serverContext(config.consoleSha256()), agent);
        out.println("uncloud-agent " + Agent.version() + " listening on " + server.address()
                + (dryRun ? " (dry run: no host command runs)" : "") + ", certificate " + identity.sha256());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private ExitCode renderFirewall(Flags flags) throws UsageException, IOException {
        Path file = Path.of(flags.require("--state"));
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file);
        }
        Long live = null;
        if (flags.has("--live-version")) {
            String text = flags.get("--live-version");
            if (!text.matches("\\d{1,12}") || Long.parseLong(text) < 1) {
                throw new UsageException("--live-version must be a positive whole number, got \"" + text + "\"");
            }
            live = Long.parseLong(text);
        }
        FirewallState state;
        try {
            state = AgentJson.mapper().readValue(file.toFile(), FirewallState.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ApiException problem = uncloud.agent.server.JsonErrors.toApi(e);
            throw new UsageException(file + ": " + problem.getMessage()
                    + (problem.field() == null ? "" : " (field " + problem.field() + ")"));
        }
        if (live != null && live >= state.version()) {
            throw new UsageException(
                    "the state's version " + state.version() + " must be higher than --live-version " + live);
        }
        FirewallFeatures features = new FirewallFeatures(flags.has("--bridge-name"), flags.has("--conntrack"));
        out.print(new FirewallRenderer(features).render(state, live));
        return ExitCode.OK;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
