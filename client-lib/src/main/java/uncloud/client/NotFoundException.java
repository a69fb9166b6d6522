package uncloud.client;

/** The thing asked for does not exist (any more). */
public class NotFoundException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
