package uncloud.client.vpn;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.domain.WireGuardPublicKey;

/**
 * WireGuard key pairs from the JDK's X25519 (RFC 7748), encoded as {@code wg} does: private keys are
 * clamped like {@code wg genkey}'s, public keys are X25519(private key, 9).
 */
public final class WireGuardKeys {
    private static final byte[] BASE_POINT = littleEndian(BigInteger.valueOf(9));

    private WireGuardKeys() {}

    /** A fresh key pair, like {@code wg genkey | tee private | wg pubkey}. */
    public static WireGuardKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
            var pair = generator.generateKeyPair();
            byte[] scalar = ((java.security.interfaces.XECPrivateKey) pair.getPrivate())
                    .getScalar()
                    .orElseThrow(() -> new IllegalStateException("the JDK did not reveal the X25519 scalar"));
            WireGuardPrivateKey privateKey = WireGuardPrivateKey.of(clamp(scalar));
            WireGuardPublicKey publicKey =
                    WireGuardPublicKey.of(littleEndian(((XECPublicKey) pair.getPublic()).getU()));
            return new WireGuardKeyPair(privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no X25519 (needed since Java 11)", e);
        }
    }

    /** The public key that belongs to {@code privateKey}, like {@code wg pubkey}. */
    public static WireGuardPublicKey publicKeyOf(WireGuardPrivateKey privateKey) {
        return WireGuardPublicKey.of(x25519(privateKey.bytes(), BASE_POINT));
    }

    /** RFC 7748's X25519(k, u) on 32-byte little-endian strings; k is clamped as the RFC says. */
    static byte[] x25519(byte[] scalar, byte[] u) {
        try {
            KeyFactory factory = KeyFactory.getInstance("X25519");
            var privateKey = factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar.clone()));
            byte[] bigEndian = reversed(u);
            bigEndian[0] &= 0x7f; // RFC 7748 5: the most significant bit of u is ignored
            var publicKey = factory.generatePublic(
                    new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, bigEndian)));
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(privateKey);
            agreement.doPhase(publicKey, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 failed: " + e.getMessage(), e);
        }
    }

    private static byte[] clamp(byte[] scalar) {
        byte[] clamped = scalar.clone();
        clamped[0] &= (byte) 248;
        clamped[31] &= 127;
        clamped[31] |= 64;
        return clamped;
    }

    private static byte[] littleEndian(BigInteger value) {
        byte[] bigEndian = value.toByteArray();
        byte[] result = new byte[32];
        for (int i = 0; i < Math.min(32, bigEndian.length); i++) {
            result[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return result;
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] result = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            result[i] = bytes[bytes.length - 1 - i];
        }
        return result;
    }
}
