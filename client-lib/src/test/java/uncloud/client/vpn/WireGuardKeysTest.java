package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.domain.InvalidWireGuardKeyException;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.domain.WireGuardPublicKey;

class WireGuardKeysTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "X25519({0}, {1}) = {2}")
    @CsvSource(textBlock = """
            # RFC 7748 section 5.2, first and second test vector
            a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4, e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c, c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552
            4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d, e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493, 95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957
            # RFC 7748 section 6.1: Alice's and Bob's shared secret, from both sides
            77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a, de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f, 4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742
            5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb, 8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a, 4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742
            """)
    void computesTheRfc7748TestVectors(String scalar, String u, String expected) {
        assertThat(HEX.formatHex(WireGuardKeys.x25519(HEX.parseHex(scalar), HEX.parseHex(u))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "the public key of {0} is {1}")
    @CsvSource(textBlock = """
            # RFC 7748 section 6.1: Alice and Bob
            77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a, 8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a
            5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb, de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f
            """)
    void derivesPublicKeysAsRfc7748Does(String privateHex, String publicHex) {
        WireGuardPrivateKey privateKey = WireGuardPrivateKey.of(HEX.parseHex(privateHex));

        assertThat(WireGuardKeys.publicKeyOf(privateKey)).isEqualTo(WireGuardPublicKey.of(HEX.parseHex(publicHex)));
    }

    @Test
    void generatesClampedPrivateKeysWhosePublicKeyMatchesTheDerivation() {
        for (int i = 0; i < 20; i++) {
            WireGuardKeyPair pair = WireGuardKeys.generate();
            byte[] key = pair.privateKey().bytes();

            assertThat(key[0] & 7).as("low three bits cleared").isZero();
            assertThat(key[31] & 0xc0).as("top bit cleared, second bit set").isEqualTo(0x40);
            assertThat(WireGuardKeys.publicKeyOf(pair.privateKey())).isEqualTo(pair.publicKey());
        }
    }

    @Test
    void generatesADifferentKeyEachTime() {
        assertThat(WireGuardKeys.generate().privateKey())
                .isNotEqualTo(WireGuardKeys.generate().privateKey());
    }

    @Test
    void neverPrintsAPrivateKey() {
        WireGuardKeyPair pair = WireGuardKeys.generate();

        assertThat(pair.toString()).doesNotContain(pair.privateKey().base64());
        assertThat(pair.privateKey().toString()).isEqualTo("WireGuardPrivateKey[redacted]");
    }

    @Test
    void agreesWithWireGuardToolsWhereInstalled() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wg")), "wg is not installed: skipping the comparison");
        WireGuardKeyPair pair = WireGuardKeys.generate();

        assertThat(run("wg", "pubkey", pair.privateKey().base64() + "\n")).isEqualTo(pair.publicKey() + "\n");

        String generatedByWg = run("wg", "genkey", "");
        WireGuardPrivateKey fromWg = WireGuardPrivateKey.parse(generatedByWg);
        assertThat(WireGuardKeys.publicKeyOf(fromWg).base64() + "\n").isEqualTo(run("wg", "pubkey", generatedByWg));
    }

    @ParameterizedTest(name = "''{0}'' is refused as a public key")
    @CsvSource(delimiter = '|', textBlock = """
            hello                                            | 'hello' is not a WireGuard public key
            xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg      | 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg' is not a WireGuard public key
            xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg==    | 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg==' is not a WireGuard public key
            xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dh=     | 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dh=' is not a WireGuard public key
            xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8D*=     | 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8D*=' is not a WireGuard public key
            """)
    void refusesTextThatIsNotA32ByteBase64Key(String text, String messageStart) {
        assertThatThrownBy(() -> WireGuardPublicKey.parse(text))
                .isInstanceOf(InvalidWireGuardKeyException.class)
                .hasMessage(
                        messageStart
                                + ": a key is 32 bytes in base64, 44 characters ending in '=', as wg genkey and wg pubkey print it.");
    }

    @Test
    void acceptsAKeyWithSurroundingWhiteSpaceAsPasted() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(WireGuardPublicKey.parse("  " + key + "\n").base64()).isEqualTo(key);
    }

    @Test
    void neverEchoesABadPrivateKey() {
        assertThatThrownBy(() -> WireGuardPrivateKey.parse("mySecretButMistyped"))
                .isInstanceOf(InvalidWireGuardKeyException.class)
                .hasMessageStartingWith("the text given (19 characters) is not a WireGuard private key")
                .message()
                .doesNotContain("mySecret");
    }

    static String run(String command, String argument, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, argument).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(command + " " + argument + " exit code")
                .isZero();
        return output;
    }
}
