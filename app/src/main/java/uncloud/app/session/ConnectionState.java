package uncloud.app.session;

/** The connection as the status bar shows it. */
public enum ConnectionState {
    UP("Connected"),
    RECONNECTING("Reconnecting…"),
    DOWN("Disconnected");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
