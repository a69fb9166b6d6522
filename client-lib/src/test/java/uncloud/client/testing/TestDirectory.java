package uncloud.client.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.net.URI;
import uncloud.client.internal.demo.DemoDirectory;

/**
 * The demo accounts' in-memory LDAP directory on loopback (staff {@code alice}, password {@link
 * #PASSWORD}), for tests in modules that cannot see client-lib's internal packages.
 */
public final class TestDirectory implements AutoCloseable {
    public static final String BASE_DN = DemoDirectory.BASE_DN;
    public static final String STAFF_GROUP_DN = DemoDirectory.STAFF_GROUP_DN;
    public static final String PASSWORD = DemoDirectory.PASSWORD;

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static TestDirectory start() {
        return new TestDirectory(DemoDirectory.startOnLoopback());
    }

    /** {@code ldap://127.0.0.1:port}, plain (no TLS). */
    public URI uri() {
        return URI.create("ldap://127.0.0.1:" + server.getListenPort());
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
