package uncloud.client.domain;

/** Text that is not a WireGuard key; the message says what a key looks like. */
public final class InvalidWireGuardKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidWireGuardKeyException(String message) {
        super(message);
    }
}
