package uncloud.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.AuthenticationException;
import uncloud.client.testing.ClientKeys;
import uncloud.client.testing.TestDatabase;
import uncloud.client.testing.TestSshServer;

/** Keys as ssh-keygen writes them: every type and format people have in ~/.ssh. */
class SshKeyFormatsTest {
    @TempDir
    Path folder;

    private Path authorizedKeys;
    private Path knownHosts;
    private TestSshServer server;

    @BeforeEach
    void startServer() throws Exception {
        assumeTrue(ClientKeys.sshKeygenAvailable(), "ssh-keygen (openssh-client) is not installed");
        authorizedKeys = folder.resolve("authorized_keys");
        Files.writeString(authorizedKeys, "");
        server = TestSshServer.start(Files.createDirectory(folder.resolve("server")), authorizedKeys);
        knownHosts = folder.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} key in {1} format, passphrase ''{2}''")
    @CsvSource(textBlock = """
            ed25519, OpenSSH, ''
            ed25519, OpenSSH, correct horse
            ecdsa,   OpenSSH, ''
            ecdsa,   PEM,     ''
            ecdsa,   PEM,     battery staple
            rsa,     OpenSSH, ''
            rsa,     OpenSSH, staple
            rsa,     PEM,     ''
            rsa,     PEM,     horse battery
            rsa,     PKCS8,   ''
            ecdsa,   PKCS8,   ''
            """)
    void everyKeyTypeAndFormatOpensTheTunnel(String type, String format, String passphrase) throws Exception {
        Path key = ClientKeys.sshKeygen(folder, authorizedKeys, type, format, passphrase);
        PassphrasePrompts prompts = new PassphrasePrompts(List.of(passphrase));

        try (SshTunnel tunnel = new SshTunnel(settings(key), prompts).open()) {
            assertThat(SshTunnelTest.query(tunnel, "select 'key works'")).isEqualTo("key works");
        }
        assertThat(prompts.askedFor).hasSize(passphrase.isEmpty() ? 0 : 1);
    }

    @Test
    void aKeyHeldOnlyByTheSshAgentOpensTheTunnel() throws Exception {
        Path key = ClientKeys.sshKeygen(folder, authorizedKeys, "ed25519", "OpenSSH", "");
        Path socket = folder.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitFile(socket);
            ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            assertThat(add.start().waitFor()).isZero();
            Files.delete(key); // from now on only the agent has it

            SshTunnelSettings viaAgent =
                    settings(key).withIdentityFiles(List.of()).withAgentSocket(Optional.of(socket));
            try (SshTunnel tunnel = new SshTunnel(viaAgent, SshPrompts.refuseAll()).open()) {
                assertThat(SshTunnelTest.query(tunnel, "select 'agent'")).isEqualTo("agent");
            }
        } finally {
            agent.destroy();
        }
    }

    @Test
    void aWrongPassphraseIsAskedAgainAndTheRightOneIsAccepted() throws Exception {
        Path key = ClientKeys.sshKeygen(folder, authorizedKeys, "ed25519", "OpenSSH", "right");
        PassphrasePrompts prompts = new PassphrasePrompts(List.of("wrong", "right"));

        try (SshTunnel tunnel = new SshTunnel(settings(key), prompts).open()) {
            assertThat(SshTunnelTest.query(tunnel, "select 1")).isEqualTo("1");
        }
        assertThat(prompts.askedFor).containsExactly(key + "#1", key + "#2");
    }

    @Test
    void threeWrongPassphrasesGiveAClearError() throws Exception {
        Path key = ClientKeys.sshKeygen(folder, authorizedKeys, "ecdsa", "PEM", "right");
        PassphrasePrompts prompts = new PassphrasePrompts(List.of("a", "b", "c"));

        AuthenticationException refused =
                assertThrows(AuthenticationException.class, () -> new SshTunnel(settings(key), prompts).open());

        assertThat(refused.getMessage()).isEqualTo("Wrong passphrase for SSH key " + key + " (3 attempts).");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsReportedWithTheKeysTried() throws Exception {
        Path stranger = ClientKeys.sshKeygen(folder, folder.resolve("elsewhere"), "ed25519", "OpenSSH", "");

        AuthenticationException refused = assertThrows(
                AuthenticationException.class, () -> new SshTunnel(settings(stranger), SshPrompts.refuseAll()).open());

        assertThat(refused.getMessage())
                .startsWith("The SSH server tester@" + server.knownHostsName() + " refused every key offered")
                .contains(stranger.toString());
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertThat(file).exists();
    }

    private SshTunnelSettings settings(Path key) {
        return SshTunnelSettings.toDatabaseOn(server.endpoint("tester"))
                .withIdentityFiles(List.of(key))
                .withAgent(false)
                .withKnownHosts(knownHosts)
                .withSshConfig(Optional.empty())
                .withRemote("127.0.0.1", TestDatabase.server().getPort());
    }

    /** Types the given passphrases in turn, as a person retrying would. */
    private static final class PassphrasePrompts implements SshPrompts {
        final List<String> askedFor = new CopyOnWriteArrayList<>();
        private final List<String> answers;

        PassphrasePrompts(List<String> answers) {
            this.answers = answers;
        }

        @Override
        public boolean acceptUnknownHostKey(HostKeyFingerprint key) {
            return false;
        }

        @Override
        public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
            askedFor.add(keyFile + "#" + attempt);
            return Optional.of(answers.get(attempt - 1).toCharArray());
        }
    }
}
