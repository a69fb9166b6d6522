package uncloud.client.ssh;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.UncloudException;
import uncloud.client.internal.ssh.LocalForwarder;
import uncloud.client.internal.ssh.SessionChain;
import uncloud.client.internal.ssh.SshConnector;

/**
 * A local port on the loopback interface that leads, through SSH (and any jump hosts), to the database
 * on the database host's loopback. Point the JDBC URL at {@link #localPort()}.
 *
 * <p>When the SSH connection drops, the next connection to the local port (the next database call)
 * re-establishes it on the same port, trying {@link SshTunnelSettings#reconnectAttempts()} times.
 * Connections that were open when it dropped are closed, so a query in flight fails with an error
 * instead of returning a partial result. Thread-safe.
 */
public final class SshTunnel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SshTunnel.class);
    private static final long FIRST_RETRY_DELAY_MILLIS = 250;

    private final SshTunnelSettings settings;
    private final SshPrompts prompts;
    private final List<TunnelListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private SshConnector connector;
    private SessionChain chain;
    private LocalForwarder forwarder;
    private ScheduledExecutorService watchdog;
    private volatile TunnelState state = TunnelState.DOWN;
    private volatile long connections;
    private volatile boolean closed;

    public SshTunnel(SshTunnelSettings settings, SshPrompts prompts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** Opens a tunnel, reporting its states to the listener from the first one on. */
    public static SshTunnel open(SshTunnelSettings settings, SshPrompts prompts, TunnelListener listener) {
        SshTunnel tunnel = new SshTunnel(settings, prompts);
        tunnel.addListener(listener);
        return tunnel.open();
    }

    public void addListener(TunnelListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(TunnelListener listener) {
        listeners.remove(listener);
    }

    /**
     * Connects (asking for passphrases and unknown host keys through the prompts) and starts listening.
     *
     * @throws HostKeyChangedException when a host presents a key other than the known one
     * @throws HostKeyRejectedException when an unknown host key was not accepted
     * @throws AuthenticationException when no key was accepted
     * @throws ConnectionException when a host cannot be reached
     */
    public SshTunnel open() {
        synchronized (lock) {
            if (closed || forwarder != null) {
                throw new IllegalStateException("A tunnel is opened once");
            }
            changeState(TunnelState.CONNECTING, "Connecting to " + settings.target());
            try {
                connector = SshConnector.create(settings, prompts);
                chain = connector.connect();
                connections++;
                forwarder = LocalForwarder.start(
                        this::connectedChain,
                        settings.remoteHost(),
                        settings.remotePort(),
                        Math.toIntExact(settings.connectTimeout().toMillis()));
            } catch (UncloudException e) {
                changeState(TunnelState.DOWN, e.getMessage());
                throw e;
            } catch (IOException e) {
                chain.disconnect();
                changeState(TunnelState.DOWN, e.getMessage());
                throw new ConnectionException("Cannot listen on a local port for the tunnel: " + e.getMessage(), e);
            }
            watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "uncloud-tunnel-watchdog-" + forwarder.localPort());
                thread.setDaemon(true);
                return thread;
            });
            watchdog.scheduleWithFixedDelay(this::noticeDrop, 500, 500, TimeUnit.MILLISECONDS);
            changeState(TunnelState.UP, "Tunnel to " + connector.targetName() + " on local port " + localPort());
            return this;
        }
    }

    /** The loopback port that leads to the database; stays the same across reconnects. */
    public int localPort() {
        return requireOpen().localPort();
    }

    /** The loopback address the port is bound to. */
    public String localHost() {
        return requireOpen().localAddress().getHostAddress();
    }

    /**
     * How often the SSH connection has been established: 1 after {@link #open()}, one more per
     * reconnect. Connections made through the port before a reconnect are dead.
     */
    public long connections() {
        return connections;
    }

    public TunnelState state() {
        return state;
    }

    /** The cipher negotiated with the target, e.g. {@code aes128-gcm@openssh.com}. */
    public String cipher() {
        synchronized (lock) {
            return chain == null ? "none" : chain.cipher();
        }
    }

    /**
     * Makes sure the SSH connection is up, re-establishing it when it dropped.
     *
     * @throws ConnectionException with a message for the person at the console when it cannot be
     *     re-established after the configured number of attempts
     */
    public void ensureUp() {
        connectedChain();
    }

    private SessionChain connectedChain() {
        synchronized (lock) {
            if (closed) {
                throw new ConnectionException("The SSH tunnel to " + settings.target() + " is closed.");
            }
            if (chain.isConnected()) {
                return chain;
            }
            chain.disconnect();
            changeState(TunnelState.RECONNECTING, "Re-establishing the SSH connection to " + connector.targetName());
            UncloudException last = null;
            for (int attempt = 1; attempt <= settings.reconnectAttempts(); attempt++) {
                try {
                    chain = connector.connect();
                    connections++;
                    changeState(TunnelState.UP, "Reconnected to " + connector.targetName());
                    return chain;
                } catch (HostKeyChangedException | HostKeyRejectedException | AuthenticationException e) {
                    changeState(TunnelState.DOWN, e.getMessage());
                    throw e;
                } catch (UncloudException e) {
                    last = e;
                    log.info("Reconnect attempt {} to {} failed: {}", attempt, connector.targetName(), e.getMessage());
                    pause(FIRST_RETRY_DELAY_MILLIS << (attempt - 1), attempt);
                }
            }
            String message = "Lost the SSH connection to " + connector.targetName() + " and could not re-establish it ("
                    + settings.reconnectAttempts() + " attempts): " + last.getMessage();
            changeState(TunnelState.DOWN, message);
            throw new ConnectionException(message, last);
        }
    }

    private void pause(long millis, int attempt) {
        if (attempt == settings.reconnectAttempts()) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("Interrupted while reconnecting the SSH tunnel.", e);
        }
    }

    private void noticeDrop() {
        synchronized (lock) {
            if (!closed && state == TunnelState.UP && !chain.isConnected()) {
                changeState(
                        TunnelState.DOWN,
                        "The SSH connection to " + connector.targetName()
                                + " dropped; the next database call reconnects.");
            }
        }
    }

    private void changeState(TunnelState next, String detail) {
        if (state == next) {
            return;
        }
        state = next;
        log.info("SSH tunnel {}: {}", next, detail);
        for (TunnelListener listener : listeners) {
            try {
                listener.stateChanged(next, detail);
            } catch (RuntimeException e) {
                log.warn("A tunnel listener failed", e);
            }
        }
    }

    private LocalForwarder requireOpen() {
        LocalForwarder current = forwarder;
        if (current == null) {
            throw new IllegalStateException("The tunnel is not open");
        }
        return current;
    }

    /** Stops listening and disconnects; open database connections through the tunnel break. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
            if (forwarder != null) {
                forwarder.close();
            }
            if (chain != null) {
                chain.disconnect();
            }
            changeState(TunnelState.DOWN, "Tunnel closed");
        }
    }
}
