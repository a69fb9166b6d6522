package uncloud.client.vpn;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import uncloud.client.UncloudException;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.domain.WireGuardPublicKey;

/**
 * Seals a pool's server private key with AES-256-GCM under the key-encryption key. The pool's public
 * key is the associated data, so a sealed key copied onto another pool's row fails to open.
 */
final class ServerKeySeal {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerKeySeal() {}

    static byte[] seal(VpnKeyEncryptionKey kek, WireGuardPrivateKey privateKey, WireGuardPublicKey publicKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, kek, nonce, publicKey);
            byte[] sealed = cipher.doFinal(privateKey.bytes());
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
        }
    }

    static WireGuardPrivateKey open(
            VpnKeyEncryptionKey kek, byte[] sealed, WireGuardPublicKey publicKey, String poolName) {
        try {
            byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, kek, nonce, publicKey);
            WireGuardPrivateKey key =
                    WireGuardPrivateKey.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
            if (!WireGuardKeys.publicKeyOf(key).equals(publicKey)) {
                throw new UncloudException("the server key of " + poolName + " does not match its public key");
            }
            return key;
        } catch (AEADBadTagException e) {
            throw new UncloudException(
                    "the server key of " + poolName
                            + " cannot be opened: the sealed key was changed or does not belong to this pool",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, VpnKeyEncryptionKey kek, byte[] nonce, WireGuardPublicKey publicKey)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, kek.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("uncloud vpn_pool server key " + publicKey.base64()).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
