package uncloud.client.ssh;

import java.util.Objects;

/**
 * An SSH host key as shown to a person deciding whether to trust it.
 *
 * @param host the host as known_hosts names it ({@code db.example.net} or {@code [db.example.net]:2222})
 * @param keyType e.g. {@code ssh-ed25519}
 * @param sha256 the fingerprint in OpenSSH's form, {@code SHA256:} and unpadded base64
 */
public record HostKeyFingerprint(String host, String keyType, String sha256) {
    public HostKeyFingerprint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public String toString() {
        return keyType + " " + sha256;
    }
}
