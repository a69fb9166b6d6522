package uncloud.app.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import uncloud.app.common.TaskRunner;
import uncloud.app.session.ConnectionState;
import uncloud.app.session.Session;

/**
 * The main window's state: who is logged in, and whether the connection is up — areas bind their
 * database work to {@link #connectedProperty()}, so it pauses while the tunnel is down and resumes
 * (with a refresh) once it is back.
 */
public final class MainViewModel implements AutoCloseable {
    private final Session session;
    private final SimpleObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.UP);
    private final SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
    private final AutoCloseable watch;

    public MainViewModel(Session session, TaskRunner tasks) {
        this.session = session;
        connected.bind(connection.isEqualTo(ConnectionState.UP));
        watch = session.watchConnection(state -> tasks.runOnUiThread(() -> connection.set(state)));
    }

    public String userText() {
        return session.user() + " (" + session.role() + ")";
    }

    public String profileName() {
        return session.profileName();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    /** Logs out: stops listening and closes the session (tunnel, pool, change feed). */
    @Override
    public void close() {
        try {
            watch.close();
        } catch (Exception e) {
            // the session closes everything below anyway
        }
        session.close();
    }
}
