package uncloud.client;

/**
 * The root of every error the library reports. Its message is written for the person at the console:
 * it says what went wrong and, where possible, what to do about it. Technical causes stay attached as
 * the cause, for logs and the details area of an error dialog.
 */
public class UncloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UncloudException(String message) {
        super(message);
    }

    public UncloudException(String message, Throwable cause) {
        super(message, cause);
    }
}
