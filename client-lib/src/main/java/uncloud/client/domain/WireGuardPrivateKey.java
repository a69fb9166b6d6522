package uncloud.client.domain;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * A WireGuard private key (32 bytes). It never prints itself: {@link #toString()} is redacted so it
 * cannot end up in a log or an error message by accident; {@link #base64()} is the one deliberate way
 * out, for a config file or the one-time display to a customer.
 */
public final class WireGuardPrivateKey {
    private final byte[] bytes;

    private WireGuardPrivateKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static WireGuardPrivateKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new WireGuardPrivateKey(WireGuardKeyEncoding.decode(WireGuardKeyEncoding.encode(bytes), "private key"));
    }

    /** Parses a key as {@code wg genkey} prints it; surrounding white space is ignored. */
    public static WireGuardPrivateKey parse(String text) {
        Objects.requireNonNull(text, "text");
        return new WireGuardPrivateKey(WireGuardKeyEncoding.decode(text.strip(), "private key"));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return WireGuardKeyEncoding.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireGuardPrivateKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WireGuardPrivateKey[redacted]";
    }
}
