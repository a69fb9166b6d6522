package uncloud.client.internal.vpn;

import java.util.Optional;
import uncloud.client.domain.WireGuardPool;

/** A pool as stored, with its sealed server key (absent when the key lives only on the VPN host). */
public record PoolRow(WireGuardPool pool, Optional<SealedKey> sealedServerKey) {

    /** The sealed bytes and the id of the key-encryption key that sealed them. */
    public record SealedKey(byte[] sealed, String kekId) {}
}
