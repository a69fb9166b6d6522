package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code uncloud console} is parsed on its own (a faster start) but reads as part of {@code uncloud}. */
class ConsoleCommandTest {
    @Test
    void theConsoleCommandOnItsOwnShowsTheSameHelpAsWithinTheCommandLine() {
        CommandRun alone = CommandRun.run(UncloudCommand.consoleCommandLine(), "--help");
        CommandRun within = CommandRun.run(UncloudCommand.commandLine(), "console", "--help");

        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out())
                .startsWith("Usage: uncloud console [-hV] [--profile=NAME]")
                .isEqualTo(within.out());
    }

    @Test
    void aMistypedOptionIsRefusedWithTheLikelyFix() {
        CommandRun run = CommandRun.run(UncloudCommand.consoleCommandLine(), "--profle", "demo");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown options: '--profle', 'demo'\nPossible solutions: --profile\n");
    }
}
