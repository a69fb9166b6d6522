package uncloud.client.db;

/**
 * Listens for {@code NOTIFY uncloud_changes} on a dedicated connection and hands typed {@link ChangeEvent}s
 * to its listeners. When the connection drops it reconnects with back-off and then sends a
 * {@link ChangeEvent.Operation#RELOAD} of {@code "*"}, since events may have been missed meanwhile.
 * Obtain it from {@link Database#changeFeed()}; closing the database stops it.
 */
public interface ChangeFeed extends AutoCloseable {
    /** Adds a listener; closing the returned handle removes it. */
    AutoCloseable subscribe(ChangeListener listener);

    /** Whether the feed is listening right now. */
    boolean isConnected();

    @Override
    void close();
}
