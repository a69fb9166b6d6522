package uncloud.client.domain;

import java.util.Objects;

/** A WireGuard public key in WireGuard's encoding: 32 bytes as standard base64 (44 characters). */
public record WireGuardPublicKey(String base64) {
    public WireGuardPublicKey {
        Objects.requireNonNull(base64, "base64");
        WireGuardKeyEncoding.decode(base64, "public key");
    }

    /** Parses a key as typed or pasted; surrounding white space is ignored. */
    public static WireGuardPublicKey parse(String text) {
        Objects.requireNonNull(text, "text");
        return new WireGuardPublicKey(text.strip());
    }

    public static WireGuardPublicKey of(byte[] bytes) {
        return new WireGuardPublicKey(WireGuardKeyEncoding.encode(bytes));
    }

    public byte[] bytes() {
        return WireGuardKeyEncoding.decode(base64, "public key");
    }

    @Override
    public String toString() {
        return base64;
    }
}
