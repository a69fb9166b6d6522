package uncloud.agent;

/** Bad command-line input; the message is the one line printed after {@code uncloud-agent <command>:}. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
