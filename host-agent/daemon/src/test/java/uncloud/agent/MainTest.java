package uncloud.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.agent.tls.AgentIdentity;

class MainTest {
    private static final String CONSOLE = "ab".repeat(32);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(new PrintStream(out, true), new PrintStream(err, true));

    @Test
    void initWritesAKeyOnlyRootReadsAndPrintsTheCertificatesFingerprint() throws IOException {
        Path config = dir.resolve("agent");

        ExitCode code =
                main.run("init", "--config-dir", config.toString(), "--console-cert-sha256", CONSOLE.toUpperCase());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo(AgentIdentity.load(config).sha256());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve(AgentIdentity.KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(config.resolve("agent.properties"))).contains("console-cert-sha256=" + CONSOLE);
    }

    @Test
    void initRefusesToReplaceAnExistingKey() {
        main.run("init", "--config-dir", dir.toString(), "--console-cert-sha256", CONSOLE);
        err.reset();

        ExitCode code = main.run("init", "--config-dir", dir.toString(), "--console-cert-sha256", CONSOLE);

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("uncloud-agent init: " + dir
                        + " already holds an agent key; remove the folder to start over\n");
    }

    @Test
    void aMalformedFingerprintIsRefusedWithOneLine() {
        ExitCode code = main.run("init", "--config-dir", dir.toString(), "--console-cert-sha256", "abc");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("64 hex digits");
    }

    @Test
    void serveWithoutInitSaysWhatToDo() {
        ExitCode code = main.run("serve", "--config-dir", dir.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run uncloud-agent init first");
    }

    @Test
    void renderFirewallNamesTheBadFieldOfTheStateFile() throws IOException {
        Path state = dir.resolve("state.json");
        Files.writeString(
                state,
                "{\"version\":2,\"interfaces\":[{\"name\":\"v000000002a01\",\"bridge\":\"br100\",\"mac\":\"zz\","
                        + "\"ipv6\":[],\"ipv4\":[],\"inbound\":[]}]}");

        ExitCode code = main.run("render-firewall", "--state", state.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("(field interfaces[0].mac)");
    }

    @Test
    void renderFirewallPrintsTheTransaction() throws IOException {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{\"version\":3,\"interfaces\":[]}");

        ExitCode code = main.run("render-firewall", "--state", state.toString(), "--live-version", "2");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("# uncloud-agent firewall version 3 (replaces version 2)\n")
                .contains("delete chain bridge filter netpublic-2\n");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(main.run("serve", "--verbose")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("uncloud-agent serve: unknown option --verbose\n");
    }
}
