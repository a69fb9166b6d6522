package uncloud.app;

import java.util.Arrays;
import uncloud.app.cli.UncloudCommand;

/**
 * Entry point of {@code uncloud}. Plain command-line work loads no JavaFX class; only the {@code
 * console} command starts the toolkit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("console")) {
            ConsoleWarmUp.startInBackground();
            // the console's cold start counts: picocli then builds just this command, not the whole tree
            System.exit(UncloudCommand.consoleCommandLine().execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(UncloudCommand.commandLine().execute(args));
    }
}
