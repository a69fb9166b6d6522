package uncloud.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay on loopback that can be frozen: it then keeps the connections open but passes nothing,
 * like a link whose far end vanished without a FIN (a crashed host, a dropped VPN, a NAT timeout).
 */
public final class FreezableRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private volatile boolean frozen;

    public FreezableRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon(this::accept).start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public void freeze() {
        frozen = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                daemon(() -> pump(client, server)).start();
                daemon(() -> pump(server, client)).start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (frozen) {
                    continue; // swallowed: the other side hears nothing, not even a close
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side went away; the other pump ends too
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "freezable-relay");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
