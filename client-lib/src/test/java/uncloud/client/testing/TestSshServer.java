package uncloud.client.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import uncloud.client.ssh.SshEndpoint;

/** An Apache MINA SSH server on loopback that allows port forwarding for the keys in authorized_keys. */
public final class TestSshServer implements AutoCloseable {
    private final SshServer server;
    private final PublicKey hostKey;

    private TestSshServer(SshServer server, PublicKey hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    public static TestSshServer start(Path folder, Path authorizedKeys) throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(folder.resolve("host-key"));
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        server.setKeyPairProvider(hostKeys);
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        server.start();
        KeyPair pair = hostKeys.loadKeys(null).iterator().next();
        return new TestSshServer(server, pair.getPublic());
    }

    public int port() {
        return server.getPort();
    }

    public SshEndpoint endpoint(String user) {
        return SshEndpoint.parse(user + "@127.0.0.1:" + port());
    }

    public String knownHostsName() {
        return "[127.0.0.1]:" + port();
    }

    /** The line known_hosts holds for this server. */
    public String knownHostsLine() {
        return knownHostsName() + " " + PublicKeyEntry.toString(hostKey);
    }

    /** A host key of the same type that belongs to no running server: what an impostor would present. */
    public static String otherHostKey() throws java.security.GeneralSecurityException {
        return PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256)
                .getPublic());
    }

    public String fingerprint() {
        return KeyUtils.getFingerPrint(hostKey);
    }

    public int sessionCount() {
        return server.getActiveSessions().size();
    }

    /** Cuts every SSH connection at once, as a crashing server or a dropped link would. */
    public void killSessions() {
        List<? extends Session> sessions = server.getActiveSessions();
        sessions.forEach(session -> session.close(true));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
