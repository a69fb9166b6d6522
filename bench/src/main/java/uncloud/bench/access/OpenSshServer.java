package uncloud.bench.access;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's sshd on a spare loopback port, with every file in a scratch folder. */
final class OpenSshServer implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Process process;
    private final int port;
    private final Path hostPublicKey;

    private OpenSshServer(Process process, int port, Path hostPublicKey) {
        this.process = process;
        this.port = port;
        this.hostPublicKey = hostPublicKey;
    }

    static boolean available() {
        return Files.isExecutable(SSHD);
    }

    static OpenSshServer start(Path folder, Path authorizedKeys) throws IOException, InterruptedException {
        Files.createDirectories(Path.of("/run/sshd"));
        Path hostKey = folder.resolve("ssh_host_ed25519_key");
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path config = folder.resolve("sshd_config");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Port " + port,
                        "ListenAddress 127.0.0.1",
                        "HostKey " + hostKey,
                        "PidFile " + folder.resolve("sshd.pid"),
                        "AuthorizedKeysFile " + authorizedKeys,
                        "StrictModes no",
                        "UsePAM no",
                        "PasswordAuthentication no",
                        "KbdInteractiveAuthentication no",
                        "PermitRootLogin prohibit-password",
                        "AllowTcpForwarding yes",
                        ""));
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("sshd.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new OpenSshServer(process, port, Path.of(hostKey + ".pub"));
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IOException("sshd did not start; see " + folder.resolve("sshd.log"));
    }

    int port() {
        return port;
    }

    String knownHostsLine() throws IOException {
        String[] parts = Files.readString(hostPublicKey).strip().split(" ");
        return "[127.0.0.1]:" + port + " " + parts[0] + " " + parts[1];
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
