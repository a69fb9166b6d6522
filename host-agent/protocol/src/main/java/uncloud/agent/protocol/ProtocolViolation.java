package uncloud.agent.protocol;

/** A wire value that breaks the protocol's rules; {@link #field()} names the offending field. */
public final class ProtocolViolation extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ProtocolViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
