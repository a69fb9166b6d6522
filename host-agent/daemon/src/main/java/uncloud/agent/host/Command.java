package uncloud.agent.host;

import java.time.Duration;
import java.util.List;

/**
 * One host command: its arguments, what it reads on standard input (secrets and rulesets travel there, never in
 * the argument list) and how long it may take.
 */
public record Command(List<String> argv, String stdin, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Command {
        argv = List.copyOf(argv);
        stdin = stdin == null ? "" : stdin;
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), "", DEFAULT_TIMEOUT);
    }

    public Command withStdin(String input) {
        return new Command(argv, input, timeout);
    }

    public Command withTimeout(Duration limit) {
        return new Command(argv, stdin, limit);
    }

    /** The command line as shown to people and recorded; standard input is never shown. */
    public String display() {
        return String.join(" ", argv);
    }
}
