package uncloud.client.vpn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import uncloud.client.ValidationException;

/**
 * The provider's key-encryption key: 32 random bytes (AES-256) that seal the VPN servers' WireGuard
 * private keys before they reach the database. The console reads it from the file or environment
 * variable named in {@link #fromEnvironment}; the database never sees it. See
 * docs/decisions/vpn-server-keys.md.
 */
public final class VpnKeyEncryptionKey {
    /** Environment variable holding the key itself (base64), for scripts and cron jobs. */
    public static final String ENV_KEY = "UNCLOUD_VPN_KEK";
    /** Environment variable naming a file that holds the key (base64, one line). */
    public static final String ENV_KEY_FILE = "UNCLOUD_VPN_KEK_FILE";

    private final SecretKey key;
    private final String id;

    private VpnKeyEncryptionKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = fingerprint(bytes);
    }

    /** A new random key, as {@code uncloud vpn kek generate} prints it. */
    public static VpnKeyEncryptionKey generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new VpnKeyEncryptionKey(bytes);
    }

    public static VpnKeyEncryptionKey fromBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new ValidationException(
                    "kek",
                    "the VPN key-encryption key must be 32 bytes in base64 (44 characters); create one with"
                            + " 'uncloud vpn kek generate'");
        }
        return new VpnKeyEncryptionKey(bytes);
    }

    public static VpnKeyEncryptionKey fromFile(Path file) {
        try {
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new ValidationException("kek", "cannot read the VPN key-encryption key from " + file + ": " + e);
        }
    }

    /** The key from {@value #ENV_KEY} or the file named by {@value #ENV_KEY_FILE}, if either is set. */
    public static Optional<VpnKeyEncryptionKey> fromEnvironment(Map<String, String> environment) {
        String inline = environment.get(ENV_KEY);
        if (inline != null && !inline.isBlank()) {
            return Optional.of(fromBase64(inline));
        }
        String file = environment.get(ENV_KEY_FILE);
        if (file != null && !file.isBlank()) {
            return Optional.of(fromFile(Path.of(file)));
        }
        return Optional.empty();
    }

    /** The first 8 bytes of the key's SHA-256, in hex: names the key without revealing it. */
    public String id() {
        return id;
    }

    /** The key in base64, for writing it to its file once when it is created. */
    public String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    SecretKey secretKey() {
        return key;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "VpnKeyEncryptionKey[id=" + id + "]";
    }
}
