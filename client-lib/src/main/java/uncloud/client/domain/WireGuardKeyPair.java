package uncloud.client.domain;

import java.util.Objects;

/** A WireGuard key pair; its text form shows only the public key. */
public record WireGuardKeyPair(WireGuardPrivateKey privateKey, WireGuardPublicKey publicKey) {
    public WireGuardKeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
