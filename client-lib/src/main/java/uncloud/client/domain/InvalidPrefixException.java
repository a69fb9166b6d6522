package uncloud.client.domain;

/**
 * A prefix, address or subnetwork request that cannot be accepted. The message names the input and
 * says what to fix; services turn it into a {@code ValidationException} for their field.
 */
public final class InvalidPrefixException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPrefixException(String message) {
        super(message);
    }
}
