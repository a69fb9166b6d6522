package uncloud.app;

import javafx.application.Application;

/**
 * Starts the JavaFX console. Lives outside {@code uncloud.app.cli} so the command line never links a
 * JavaFX class unless the {@code console} command runs.
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {}

    /** Blocks until the console window closes. */
    public static void launch(String profile) {
        if (profile == null) {
            Application.launch(ConsoleApp.class);
        } else {
            Application.launch(ConsoleApp.class, "--profile=" + profile);
        }
    }
}
