package uncloud.client.internal.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import uncloud.client.UncloudException;

/**
 * An in-memory LDAP directory with the demo accounts: staff {@code alice} and {@code sam}, customers
 * {@code carol}, {@code dave} and {@code erin}, all with the password {@code demo}.
 */
public final class DemoDirectory {
    public static final String BASE_DN = "dc=uncloud,dc=demo";
    public static final String PEOPLE_DN = "ou=people," + BASE_DN;
    public static final String STAFF_GROUP_DN = "cn=staff,ou=groups," + BASE_DN;
    public static final List<String> STAFF = List.of("alice", "sam");
    public static final List<String> CUSTOMERS = List.of("carol", "dave", "erin");
    public static final String PASSWORD = "demo";

    private DemoDirectory() {}

    /** Starts a directory on an ephemeral loopback port, without TLS. */
    public static InMemoryDirectoryServer startOnLoopback() {
        try {
            return start(InMemoryListenerConfig.createLDAPConfig("demo", InetAddress.getLoopbackAddress(), 0, null));
        } catch (LDAPException e) {
            throw new UncloudException("Cannot start the demo directory: " + e.getMessage(), e);
        }
    }

    /** Starts a directory with the demo accounts on the given listeners (tests add TLS ones). */
    public static InMemoryDirectoryServer start(InMemoryListenerConfig... listeners) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(Arrays.asList(listeners));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = DemoDirectory.class.getResourceAsStream("directory.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            server.startListening();
            return server;
        } catch (LDAPException | IOException e) {
            throw new UncloudException("Cannot start the demo directory: " + e.getMessage(), e);
        }
    }
}
