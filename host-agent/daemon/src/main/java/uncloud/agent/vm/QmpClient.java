package uncloud.agent.vm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Speaks QEMU's machine protocol over its unix socket: one connection per command, with a time limit. */
public final class QmpClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    // blocking socket reads must not occupy the common fork-join pool
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "qmp");
        thread.setDaemon(true);
        return thread;
    });

    private final Path socket;
    private final Duration timeout;

    public QmpClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    /** Runs one QMP command and returns its {@code return} value. */
    public JsonNode execute(String command) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        CompletableFuture<JsonNode> exchange = CompletableFuture.supplyAsync(() -> talk(channel, command), THREADS);
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException(
                    "QMP " + command + " on " + socket + " timed out after " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            channel.close();
        }
    }

    private JsonNode talk(SocketChannel channel, String command) {
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            BufferedReader in = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
            Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
            in.readLine(); // greeting
            send(out, "qmp_capabilities");
            reply(in, "qmp_capabilities");
            send(out, command);
            return reply(in, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(Writer out, String command) throws IOException {
        out.write(JSON.createObjectNode().put("execute", command).toString());
        out.write('\n');
        out.flush();
    }

    private static JsonNode reply(BufferedReader in, String command) throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode message = JSON.readTree(line);
            if (message.has("return")) {
                return message.get("return");
            }
            if (message.has("error")) {
                throw new IOException("QMP " + command + ": "
                        + message.path("error").path("desc").asText());
            }
            // anything else is an asynchronous event (SHUTDOWN, POWERDOWN …): keep reading
        }
        if ("quit".equals(command)) {
            return JSON.createObjectNode();
        }
        throw new IOException("QMP " + command + ": QEMU closed the connection");
    }
}
