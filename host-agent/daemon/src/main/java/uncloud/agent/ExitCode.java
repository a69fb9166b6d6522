package uncloud.agent;

/** How {@code uncloud-agent} ends. */
public enum ExitCode {
    OK(0),
    /** The command was understood but failed (a file could not be written, the port is taken …). */
    FAILED(1),
    /** The command line or an input file is wrong; the message says what to fix. */
    BAD_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
