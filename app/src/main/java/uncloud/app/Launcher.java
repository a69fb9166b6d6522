package uncloud.app;

import uncloud.app.cli.UncloudCommand;

/**
 * Entry point of {@code uncloud}. Plain command-line work loads no JavaFX class; only the {@code
 * console} command starts the toolkit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.exit(UncloudCommand.commandLine().execute(args));
    }
}
