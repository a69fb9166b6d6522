package uncloud.agent.host;

/** How a command ended: its exit code and its combined output. */
public record CommandResult(int exitCode, String output) {
    public boolean succeeded() {
        return exitCode == 0;
    }
}
