package uncloud.agent.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as child processes, optionally inside a network namespace ({@code ip netns exec NAME …}), which is
 * how tests and benchmarks keep away from the real host.
 */
public final class ProcessCommandRunner implements CommandRunner {
    private static final int MAX_OUTPUT = 64 * 1024;

    private final String namespace;

    public ProcessCommandRunner(String namespace) {
        this.namespace = namespace;
    }

    public ProcessCommandRunner() {
        this(null);
    }

    @Override
    public CommandResult run(Command command) {
        List<String> argv = new ArrayList<>();
        if (namespace != null) {
            argv.addAll(List.of("ip", "netns", "exec", namespace));
        }
        argv.addAll(command.argv());
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new CommandFailedException(command.display(), "cannot start: " + e.getMessage(), "");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(
                () -> copy(process.getInputStream(), output),
                "output of " + command.argv().get(0));
        reader.setDaemon(true);
        reader.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(command.stdin().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The command may exit without reading its input; its exit code tells the story.
        }
        try {
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                reader.join(1000);
                throw new CommandFailedException(
                        command.display(),
                        "timed out after " + command.timeout().toMillis() + " ms",
                        text(output));
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CommandFailedException(command.display(), "interrupted", text(output));
        }
        return new CommandResult(process.exitValue(), text(output));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (out) {
                    if (out.size() < MAX_OUTPUT) {
                        out.write(buffer, 0, Math.min(n, MAX_OUTPUT - out.size()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(ByteArrayOutputStream output) {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }
}
