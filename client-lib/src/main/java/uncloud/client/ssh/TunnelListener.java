package uncloud.client.ssh;

/**
 * Hears every state change of a tunnel. Called on the tunnel's own threads: a UI hands the call over to
 * its toolkit thread and must not block.
 */
@FunctionalInterface
public interface TunnelListener {
    /**
     * @param state the new state
     * @param detail a sentence for the person at the console, e.g. why the tunnel went down; empty for
     *     plain progress
     */
    void stateChanged(TunnelState state, String detail);
}
