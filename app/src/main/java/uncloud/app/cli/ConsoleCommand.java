package uncloud.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uncloud.app.ConsoleLauncher;

/** {@code uncloud console [--profile NAME]}: opens the staff console's login window. */
@Command(name = "console", mixinStandardHelpOptions = true, description = "Open the staff console (JavaFX).")
public final class ConsoleCommand implements Callable<Integer> {
    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Connection profile to preselect, e.g. 'demo' (offline demo with sample data).")
    String profile;

    @Override
    public Integer call() {
        ConsoleLauncher.launch(profile);
        return ExitCodes.OK;
    }
}
