package uncloud.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uncloud.client.UncloudException;

/** The root of the {@code uncloud} command line; every area adds its subcommand here. */
@Command(
        name = "uncloud",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Uncloud Console: the staff side of an IPv6-first hosting provider.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BootstrapUserCommand.class,
            ConsoleCommand.class,
            BillsCommand.class,
            VpnCommand.class,
            WgCommand.class
        })
public final class UncloudCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'uncloud help'.");
    }

    /** The configured command line: users see one line of reason on failure, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new UncloudCommand());
        commandLine.setExecutionExceptionHandler(UncloudCommand::reportFailure);
        return commandLine;
    }

    /** {@code uncloud console} on its own, parsed and reported exactly as within {@link #commandLine()}. */
    public static CommandLine consoleCommandLine() {
        CommandLine commandLine = new CommandLine(new ConsoleCommand());
        commandLine.setCommandName("uncloud console");
        commandLine.setExecutionExceptionHandler(UncloudCommand::reportFailure);
        return commandLine;
    }

    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String message = failure instanceof UncloudException ? failure.getMessage() : describe(failure);
        err.println("uncloud " + commandLine.getCommandName() + ": " + message);
        err.flush();
        return failure instanceof UncloudException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
