package uncloud.client;

/**
 * The change collides with the current state: someone else changed the row first (optimistic lock),
 * or a rule of the data forbids it (an immutable price, an overlapping prefix, a final bill).
 */
public class ConflictException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
