package uncloud.client.internal.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.db.ChangeEvent;
import uncloud.client.db.ChangeFeed;
import uncloud.client.db.ChangeListener;

/** LISTEN uncloud_changes on one dedicated connection, on a daemon thread that reconnects when it drops. */
public final class ListeningChangeFeed implements ChangeFeed {
    public static final String CHANNEL = "uncloud_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ListeningChangeFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /** Opens a new connection for the feed. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile Connection current;

    public ListeningChangeFeed(ConnectionSource source) {
        this.source = source;
        this.thread = new Thread(this::run, "uncloud-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public AutoCloseable subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        closeQuietly(current);
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(250);
        boolean everConnected = false;
        while (running) {
            try (Connection connection = source.open()) {
                current = connection;
                try (Statement st = connection.createStatement()) {
                    st.execute("listen " + CHANNEL);
                }
                connected = true;
                backoff = Duration.ofMillis(250);
                if (everConnected) {
                    // events sent while we were away are lost: everyone reloads
                    deliver(new ChangeEvent(ChangeEvent.ALL_TABLES, null, ChangeEvent.Operation.RELOAD));
                }
                everConnected = true;
                listen(connection);
            } catch (SQLException e) {
                if (running) {
                    LOG.warn(
                            "change feed lost its connection, retrying in {} ms: {}",
                            backoff.toMillis(),
                            e.getMessage());
                }
            } finally {
                connected = false;
                current = null;
            }
            if (!running) {
                return;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications == null) {
                // getNotifications does not notice a dead server on its own
                try (Statement st = connection.createStatement()) {
                    st.execute("select 1");
                }
                continue;
            }
            for (PGNotification n : notifications) {
                ChangeEvent event = parse(n.getParameter());
                if (event != null) {
                    deliver(event);
                }
            }
        }
    }

    static ChangeEvent parse(String payload) {
        try {
            JsonNode json = JSON.readTree(payload);
            JsonNode id = json.get("id");
            return new ChangeEvent(
                    json.get("table").asText(),
                    id == null || id.isNull() ? null : id.asLong(),
                    ChangeEvent.Operation.valueOf(json.get("op").asText().toUpperCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring a change notification that is not understood: {}", payload);
            return null;
        }
    }

    private void deliver(ChangeEvent event) {
        for (ChangeListener listener : listeners) {
            try {
                listener.onChange(event);
            } catch (RuntimeException e) {
                LOG.error("a change listener failed on {}", event, e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing only to wake the feed thread
            }
        }
    }
}
