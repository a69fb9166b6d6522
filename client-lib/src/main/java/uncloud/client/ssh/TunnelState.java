package uncloud.client.ssh;

/** Where the SSH tunnel stands; the console shows it in its status bar. */
public enum TunnelState {
    /** The first connection is being made. */
    CONNECTING,
    /** Connected: the local port forwards to the database host. */
    UP,
    /** The connection dropped and is being re-established. */
    RECONNECTING,
    /** Not connected: dropped (the next use reconnects), failed, or closed. */
    DOWN
}
