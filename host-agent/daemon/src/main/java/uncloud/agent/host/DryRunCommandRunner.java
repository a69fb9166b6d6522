package uncloud.agent.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Records commands instead of running them: {@code serve --dry-run}, and the appliers' unit tests. Keeps the last
 * {@value #KEPT} only, so a long-running demo agent does not grow without bound.
 */
public final class DryRunCommandRunner implements CommandRunner {
    static final int KEPT = 200;

    private final List<Command> recorded = new ArrayList<>();

    @Override
    public synchronized CommandResult run(Command command) {
        if (recorded.size() == KEPT) {
            recorded.remove(0);
        }
        recorded.add(command);
        return new CommandResult(0, "");
    }

    @Override
    public boolean live() {
        return false;
    }

    public synchronized List<Command> recorded() {
        return List.copyOf(recorded);
    }

    public synchronized List<String> recordedLines() {
        return recorded.stream().map(Command::display).toList();
    }

    public synchronized void clear() {
        recorded.clear();
    }
}
