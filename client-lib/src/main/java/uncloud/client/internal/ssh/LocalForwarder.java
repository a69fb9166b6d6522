package uncloud.client.internal.ssh;

import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.JSchException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.UncloudException;

/**
 * Listens on an ephemeral loopback port for the whole life of a tunnel and forwards each accepted
 * connection through whatever SSH session is current. Because the listening socket outlives the SSH
 * connection, a dropped connection is re-established on the same local port by the next client.
 */
public final class LocalForwarder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalForwarder.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServerSocket listener;
    private final Supplier<SessionChain> currentSession;
    private final String remoteHost;
    private final int remotePort;
    private final int connectTimeoutMillis;

    private LocalForwarder(
            ServerSocket listener,
            Supplier<SessionChain> currentSession,
            String remoteHost,
            int remotePort,
            int connectTimeoutMillis) {
        this.listener = listener;
        this.currentSession = currentSession;
        this.remoteHost = remoteHost;
        this.remotePort = remotePort;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    /**
     * Binds an ephemeral loopback port and starts accepting.
     *
     * @param currentSession returns a connected session, reconnecting if needed, or throws an
     *     {@link UncloudException} saying why it cannot
     */
    public static LocalForwarder start(
            Supplier<SessionChain> currentSession, String remoteHost, int remotePort, int connectTimeoutMillis)
            throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        LocalForwarder forwarder =
                new LocalForwarder(listener, currentSession, remoteHost, remotePort, connectTimeoutMillis);
        daemon(forwarder::acceptLoop, "uncloud-tunnel-accept-" + listener.getLocalPort())
                .start();
        return forwarder;
    }

    public int localPort() {
        return listener.getLocalPort();
    }

    public InetAddress localAddress() {
        return listener.getInetAddress();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                daemon(() -> forward(client), "uncloud-tunnel-open-" + THREADS.incrementAndGet())
                        .start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.warn("Tunnel listener on port {} failed: {}", listener.getLocalPort(), e.getMessage());
                }
            }
        }
    }

    private void forward(Socket client) {
        try {
            client.setTcpNoDelay(true);
            openChannel(client);
        } catch (UncloudException | IOException | JSchException e) {
            // the client (the JDBC driver) sees its connection closed; the tunnel's state says why
            log.warn("Could not forward a connection to {}:{}: {}", remoteHost, remotePort, e.getMessage());
            closeQuietly(client);
        }
    }

    private void openChannel(Socket client) throws IOException, JSchException {
        // a session can die between the check and the channel: one more round reconnects it
        for (int round = 1; ; round++) {
            SessionChain chain = currentSession.get();
            try {
                ChannelDirectTCPIP channel = chain.openForward(remoteHost, remotePort);
                channel.setInputStream(client.getInputStream());
                channel.setOutputStream(client.getOutputStream());
                channel.setOrgIPAddress(client.getInetAddress().getHostAddress());
                channel.setOrgPort(client.getPort());
                channel.connect(connectTimeoutMillis);
                return;
            } catch (JSchException e) {
                if (round == 2 || chain.isConnected()) {
                    throw e;
                }
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("Closing the tunnel listener: {}", e.getMessage());
        }
    }
}
