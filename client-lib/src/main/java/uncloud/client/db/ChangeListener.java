package uncloud.client.db;

/**
 * Receives change events on the feed's own thread, in the order the database sent them. Keep it short (hand
 * the event to the UI thread or a queue); an exception is logged and does not stop the feed.
 */
@FunctionalInterface
public interface ChangeListener {
    void onChange(ChangeEvent event);
}
