package uncloud.agent.host;

/** Runs host commands; every change the agent makes to the host goes through one of these. */
public interface CommandRunner {
    CommandResult run(Command command);

    /** Runs the command and throws with its output when it fails. */
    default String runChecked(Command command) {
        CommandResult result = run(command);
        if (!result.succeeded()) {
            throw new CommandFailedException(command.display(), "exit code " + result.exitCode(), result.output());
        }
        return result.output();
    }

    /** Whether commands really run; false for {@code --dry-run}, where appliers keep their own picture of the host. */
    default boolean live() {
        return true;
    }
}
