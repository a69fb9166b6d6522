package uncloud.agent;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import uncloud.agent.tls.Fingerprints;

/**
 * The agent's settings, kept in {@code agent.properties} in its config folder next to its key and certificate.
 *
 * @param listen where to listen, {@code host:port} or {@code [v6]:port}
 * @param consoleSha256 fingerprint of the one client certificate accepted
 * @param stateFile the persisted desired state
 * @param runDir where QMP sockets and pid files live (tmpfs, so a reboot forgets them)
 */
public record AgentConfig(Path configDir, String listen, String consoleSha256, Path stateFile, Path runDir) {
    public static final String FILE = "agent.properties";
    public static final String DEFAULT_LISTEN = "[::]:7443";

    public static AgentConfig load(Path configDir) throws IOException, UsageException {
        Path file = configDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new UsageException(file + " does not exist; run uncloud-agent init first");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String console = properties.getProperty("console-cert-sha256");
        if (console == null) {
            throw new UsageException(file + " lacks console-cert-sha256");
        }
        try {
            console = Fingerprints.normalize(console);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": console-cert-sha256: " + e.getMessage());
        }
        return new AgentConfig(
                configDir,
                properties.getProperty("listen", DEFAULT_LISTEN),
                console,
                Path.of(properties.getProperty(
                        "state-file", configDir.resolve("state.json").toString())),
                Path.of(properties.getProperty("run-dir", "/run/uncloud-agent")));
    }

    public void save() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("listen", listen);
        properties.setProperty("console-cert-sha256", consoleSha256);
        properties.setProperty("state-file", stateFile.toString());
        properties.setProperty("run-dir", runDir.toString());
        try (Writer writer = Files.newBufferedWriter(configDir.resolve(FILE))) {
            properties.store(writer, "uncloud-agent settings (written by uncloud-agent init)");
        }
    }

    public AgentConfig withListen(String address) {
        return new AgentConfig(configDir, address, consoleSha256, stateFile, runDir);
    }

    public AgentConfig withStateFile(Path file) {
        return new AgentConfig(configDir, listen, consoleSha256, file, runDir);
    }

    public AgentConfig withRunDir(Path dir) {
        return new AgentConfig(configDir, listen, consoleSha256, stateFile, dir);
    }

    /** Parses {@code host:port} or {@code [v6]:port}. */
    public static InetSocketAddress address(String listen) throws UsageException {
        int colon = listen.lastIndexOf(':');
        if (colon <= 0 || !listen.substring(colon + 1).matches("\\d{1,5}")) {
            throw new UsageException("listen address must be host:port or [v6]:port, got \"" + listen + "\"");
        }
        String host = listen.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = Integer.parseInt(listen.substring(colon + 1));
        if (port > 65535) {
            throw new UsageException("port must be 0 to 65535, got " + port);
        }
        return new InetSocketAddress(host, port);
    }
}
