package uncloud.agent.protocol;

import java.util.List;

/**
 * The outcome of a desired-state request.
 *
 * @param changed false when the host already was in that state and nothing ran
 * @param commands the host commands run (or, with {@code --dry-run}, that would have run), secrets left out
 */
public record ApplyResult(boolean changed, List<String> commands) {
    public ApplyResult {
        commands = List.copyOf(commands);
    }
}
