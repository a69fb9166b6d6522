package uncloud.client.vpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uncloud.client.ValidationException;
import uncloud.client.domain.CustomerNetwork;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPool;

class VpnConfigsTest {
    private final WireGuardKeyPair server = WireGuardKeys.generate();
    private final WireGuardKeyPair alice = WireGuardKeys.generate();
    private final WireGuardKeyPair bob = WireGuardKeys.generate();
    private final WireGuardPool pool = new WireGuardPool(
            7, Prefix.parse("2a0a:e5c1:200::/40"), 48, "vpn-2a0ae5c1200.ungleich.ch", 51820, server.publicKey());
    private final CustomerNetwork aliceNetwork = new CustomerNetwork(
            11, 7, Prefix.parse("2a0a:e5c1:201::/48"), 3, 30, alice.publicKey(), Instant.parse("2026-11-01T10:00:00Z"));
    private final CustomerNetwork bobNetwork = new CustomerNetwork(
            10, 7, Prefix.parse("2a0a:e5c1:200::/48"), 4, 40, bob.publicKey(), Instant.parse("2026-11-01T09:00:00Z"));

    @Test
    void theServerConfigHasThePoolsKeyAndPortAndOnePeerPerNetworkRoutingExactlyItsPrefix() {
        String text = VpnConfigs.server(pool, server.privateKey(), List.of(aliceNetwork, bobNetwork))
                .render();

        assertThat(WgQuickConfig.parse(text))
                .isEqualTo(new WgQuickConfig(
                        List.of(
                                "Uncloud VPN pool 7: 2a0a:e5c1:200::/40 on vpn-2a0ae5c1200.ungleich.ch",
                                "Written by uncloud vpn --hostname; changes here are overwritten."),
                        new WgQuickConfig.Interface(Optional.of(server.privateKey()), List.of(), OptionalInt.of(51820)),
                        List.of(
                                new WgQuickConfig.Peer(
                                        Optional.of("network 10: customer 4, order 40"),
                                        bob.publicKey(),
                                        List.of(Prefix.parse("2a0a:e5c1:200::/48")),
                                        Optional.empty(),
                                        OptionalInt.empty()),
                                new WgQuickConfig.Peer(
                                        Optional.of("network 11: customer 3, order 30"),
                                        alice.publicKey(),
                                        List.of(Prefix.parse("2a0a:e5c1:201::/48")),
                                        Optional.empty(),
                                        OptionalInt.empty()))));
    }

    @Test
    void theServerConfigReadsAsWgQuickExpectsIt() {
        String text = VpnConfigs.server(pool, server.privateKey(), List.of(bobNetwork))
                .render();

        assertThat(text).isEqualTo("""
                        # Uncloud VPN pool 7: 2a0a:e5c1:200::/40 on vpn-2a0ae5c1200.ungleich.ch
                        # Written by uncloud vpn --hostname; changes here are overwritten.
                        [Interface]
                        PrivateKey = %s
                        ListenPort = 51820

                        # network 10: customer 4, order 40
                        [Peer]
                        PublicKey = %s
                        AllowedIPs = 2a0a:e5c1:200::/48
                        """.formatted(server.privateKey().base64(), bob.publicKey()));
    }

    @Test
    void theCustomerConfigRoutesEverythingToTheServerFromTheFirstAddressOfTheirPrefix() {
        String text = VpnConfigs.customer(pool, aliceNetwork, Optional.of(alice.privateKey()))
                .render();

        assertThat(WgQuickConfig.parse(text))
                .isEqualTo(new WgQuickConfig(
                        List.of("Uncloud VPN network 2a0a:e5c1:201::/48"),
                        new WgQuickConfig.Interface(
                                Optional.of(alice.privateKey()), List.of("2a0a:e5c1:201::1/48"), OptionalInt.empty()),
                        List.of(new WgQuickConfig.Peer(
                                Optional.empty(),
                                server.publicKey(),
                                List.of(Prefix.parse("::/0")),
                                Optional.of("vpn-2a0ae5c1200.ungleich.ch:51820"),
                                OptionalInt.of(25)))));
    }

    @Test
    void aCustomerWhoKeptTheirOwnKeyGetsAConfigThatSaysWhereToPutIt() {
        WgQuickConfig config = WgQuickConfig.parse(
                VpnConfigs.customer(pool, aliceNetwork, Optional.empty()).render());

        assertThat(config.iface().privateKey()).isEmpty();
        assertThat(config.comments())
                .containsExactly(
                        "Uncloud VPN network 2a0a:e5c1:201::/48",
                        "Add: PrivateKey = <the private key of " + alice.publicKey() + ">");
    }

    @Test
    void anIpv6LiteralEndpointIsBracketed() {
        WireGuardPool literal = new WireGuardPool(1, pool.network(), 48, "2001:db8::1", 51820, server.publicKey());

        assertThat(VpnConfigs.endpoint(literal)).isEqualTo("[2001:db8::1]:51820");
    }

    @Test
    void theQrCodeOfTheCustomerConfigDecodesToTheConfig() throws Exception {
        String text = VpnConfigs.customer(pool, aliceNetwork, Optional.of(alice.privateKey()))
                .render();

        byte[] png = QrCodes.png(text, 400);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(text);
    }

    @Test
    void parsingRejectsAFileWithAnUnknownKeyNamingTheLine() {
        assertThatThrownBy(() -> WgQuickConfig.parse("[Interface]\nListenPort = 1\nMtu = 1280\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("line 3 of the WireGuard config: unknown key Mtu in [Interface].");
    }
}
