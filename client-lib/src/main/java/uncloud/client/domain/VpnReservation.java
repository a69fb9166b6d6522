package uncloud.client.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A reserved network and, when the console made the customer's key pair, its private key: handed out
 * this once and never stored, so show it (or the customer config with it) now.
 */
public record VpnReservation(CustomerNetwork network, Optional<WireGuardPrivateKey> generatedPrivateKey) {
    public VpnReservation {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(generatedPrivateKey, "generatedPrivateKey");
    }
}
