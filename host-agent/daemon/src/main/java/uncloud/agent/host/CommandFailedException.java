package uncloud.agent.host;

/** A host command failed or timed out; its output goes back to the caller. */
public final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String commandLine;
    private final String output;

    public CommandFailedException(String commandLine, String reason, String output) {
        super(commandLine + ": " + reason + (output.isBlank() ? "" : ": " + output.strip()));
        this.commandLine = commandLine;
        this.output = output;
    }

    public String commandLine() {
        return commandLine;
    }

    public String output() {
        return output;
    }
}
