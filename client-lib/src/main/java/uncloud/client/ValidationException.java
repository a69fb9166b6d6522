package uncloud.client;

import java.util.Optional;

/** Input that cannot be accepted; names the field to fix when there is one. */
public class ValidationException extends UncloudException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ValidationException(String message) {
        this(null, message);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
