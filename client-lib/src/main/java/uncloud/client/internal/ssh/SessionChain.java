package uncloud.client.internal.ssh;

import com.jcraft.jsch.ChannelDirectTCPIP;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Connected SSH sessions, each one carried by the previous: jump hosts first, the target last. */
public final class SessionChain {
    private static final int WINDOW_BYTES = 2 * 1024 * 1024;
    private static final int PACKET_BYTES = 32 * 1024;

    private final List<Session> sessions;

    SessionChain(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    public boolean isConnected() {
        return sessions.stream().allMatch(Session::isConnected);
    }

    /** Opens a direct-tcpip channel on the target host; the caller sets its streams and connects it. */
    ChannelDirectTCPIP openForward(String host, int port) throws JSchException {
        ChannelDirectTCPIP channel = (ChannelDirectTCPIP) target().openChannel("direct-tcpip");
        // JSch's defaults (128 KiB window, 16 KiB packets) stall the server every few packets while it
        // waits for a window adjustment; a database result stream wants a wider window
        channel.setLocalWindowSizeMax(WINDOW_BYTES);
        channel.setLocalPacketSize(PACKET_BYTES);
        channel.setHost(host);
        channel.setPort(port);
        return channel;
    }

    Session target() {
        return sessions.get(sessions.size() - 1);
    }

    /** The negotiated cipher towards the target, for benchmarks and diagnostics. */
    public String cipher() {
        return target().getCipherAlgorithmS2C();
    }

    public void disconnect() {
        List<Session> reversed = new ArrayList<>(sessions);
        Collections.reverse(reversed);
        reversed.forEach(Session::disconnect);
    }
}
