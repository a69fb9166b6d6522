package uncloud.agent.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.agent.Agent;

/** The JDK's HTTPS server, TLS 1.3 only, with the console's client certificate required at the handshake. */
public final class AgentServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    static {
        // Without it each response waits for Nagle's algorithm: ~50 ms instead of ~5 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpsServer server;
    private final ExecutorService executor;

    private AgentServer(HttpsServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static AgentServer start(InetSocketAddress address, SSLContext tls, Agent agent) throws IOException {
        HttpsServer server = HttpsServer.create(address, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setProtocols(new String[] {"TLSv1.3"});
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "agent-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new ApiHandler(agent)).getFilters().add(new AccessLog());
        server.start();
        return new AgentServer(server, executor);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One line per request: method, path, status, milliseconds. */
    private static final class AccessLog extends Filter {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            long start = System.nanoTime();
            try {
                chain.doFilter(exchange);
            } finally {
                if (LOG.isInfoEnabled()) {
                    LOG.info(
                            "{} {} {} {} ms",
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().getRawPath(),
                            exchange.getResponseCode(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }

        @Override
        public String description() {
            return "access log";
        }
    }
}
