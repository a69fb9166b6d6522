package uncloud.app.cli;

/** Exit codes shared by every {@code uncloud} command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something went wrong that is not the caller's fault. */
    public static final int FAILURE = 1;
    /** The input was wrong; the one-line message says what to fix (picocli uses 2 for usage too). */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
