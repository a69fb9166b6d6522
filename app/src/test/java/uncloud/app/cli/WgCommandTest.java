package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.vpn.WireGuardKeys;

class WgCommandTest {

    @Test
    void genkeyPrintsOnePrivateKeyLine() {
        CommandRun run = CommandRun.run("", "wg", "genkey");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("[A-Za-z0-9+/]{43}=\n");
        WireGuardPrivateKey.parse(run.out());
    }

    @Test
    void pubkeyTurnsThePrivateKeyOnStdinIntoItsPublicKey() {
        // RFC 7748 section 6.1, Alice's key pair, in WireGuard's base64
        CommandRun run = CommandRun.run("dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo=\n", "wg", "pubkey");

        assertThat(run).isEqualTo(new CommandRun(0, "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=\n", ""));
    }

    @Test
    void genkeyPipedIntoPubkeyGivesTheMatchingPublicKey() {
        String privateKey = CommandRun.run("", "wg", "genkey").out();

        CommandRun run = CommandRun.run(privateKey, "wg", "pubkey");

        assertThat(run.out().strip())
                .isEqualTo(WireGuardKeys.publicKeyOf(WireGuardPrivateKey.parse(privateKey))
                        .base64());
    }

    @ParameterizedTest(name = "pubkey refuses ''{0}''")
    @ValueSource(strings = {"", "hello\n", "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LC=\n"})
    void pubkeyRefusesBadInputWithOneLineAndANonZeroExit(String stdin) {
        CommandRun run = CommandRun.run(stdin, "wg", "pubkey");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("uncloud pubkey: the text given (" + stdin.strip().length()
                        + " characters) is not a WireGuard private key: a key is 32 bytes in base64, 44 characters"
                        + " ending in '=', as wg genkey and wg pubkey print it.\n");
    }

    @Test
    void pubkeyAgreesWithWireGuardToolsWhereInstalled() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wg")), "wg is not installed: skipping the comparison");
        String privateKey = CommandRun.run("", "wg", "genkey").out();

        Process wg = new ProcessBuilder("wg", "pubkey").start();
        wg.getOutputStream().write(privateKey.getBytes(StandardCharsets.US_ASCII));
        wg.getOutputStream().close();
        String expected = new String(wg.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(wg.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(CommandRun.run(privateKey, "wg", "pubkey").out()).isEqualTo(expected);
    }
}
