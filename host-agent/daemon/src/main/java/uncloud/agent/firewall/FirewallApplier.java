package uncloud.agent.firewall;

import java.time.Duration;
import java.util.List;
import uncloud.agent.ApiException;
import uncloud.agent.host.Command;
import uncloud.agent.host.CommandFailedException;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallPreview;
import uncloud.agent.protocol.FirewallState;

/**
 * Puts a firewall state live: renders the transaction, checks it with {@code nft -c}, then runs it with
 * {@code nft -f}. nft applies a file as one kernel transaction, so a failure leaves the previous version live.
 * Not thread-safe: the agent serialises changes.
 */
public final class FirewallApplier {
    private final CommandRunner runner;
    private final FirewallRenderer renderer;
    private final Duration timeout;
    // read by health checks while an apply runs
    private volatile FirewallState live;

    public FirewallApplier(CommandRunner runner, FirewallFeatures features, Duration timeout) {
        this.runner = runner;
        this.renderer = new FirewallRenderer(features);
        this.timeout = timeout;
    }

    /** The state this process put live, or null before its first apply (after a start the table is rebuilt). */
    public FirewallState live() {
        return live;
    }

    public FirewallPreview preview(FirewallState next) {
        Long liveVersion = live == null ? null : live.version();
        String transaction = next.equals(live) ? "" : renderer.render(next, liveVersion);
        return new FirewallPreview(liveVersion, next.version(), transaction, FirewallDiff.between(live, next));
    }

    public ApplyResult apply(FirewallState next) {
        if (next.equals(live)) {
            return new ApplyResult(false, List.of());
        }
        String transaction = renderer.render(next, live == null ? null : live.version());
        Command check = new Command(List.of("nft", "-c", "-f", "/dev/stdin"), transaction, timeout);
        Command apply = new Command(List.of("nft", "-f", "/dev/stdin"), transaction, timeout);
        try {
            runner.runChecked(check);
        } catch (CommandFailedException e) {
            // nft found the state unusable (overlapping ranges or prefixes, say): the caller's to fix, nothing ran
            throw new ApiException(
                    422,
                    "firewall_rejected",
                    "nft refused version " + next.version() + ": " + e.output().strip(),
                    null);
        }
        runner.runChecked(apply);
        live = next;
        return new ApplyResult(true, List.of(check.display(), apply.display()));
    }
}
