package uncloud.client.domain;

/** An order's field holds a value the billing rules cannot accept; names the field. */
public class InvalidOrderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidOrderException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
