package uncloud.agent.firewall;

import java.time.Duration;
import java.util.List;
import uncloud.agent.ApiException;
import uncloud.agent.host.Command;
import uncloud.agent.host.CommandResult;
import uncloud.agent.host.CommandRunner;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallPreview;
import uncloud.agent.protocol.FirewallState;

/**
 * Puts a firewall state live with one {@code nft -f} transaction, and previews one with {@code nft -c}.
 *
 * <p>The apply runs no separate {@code nft -c}: nft sends a file as one netlink batch that the kernel validates
 * completely before it commits anything, so a transaction that {@code nft -c} would refuse fails the same way, with
 * the same message, and leaves the previous version live. Checking first would only double the kernel's work
 * (docs/decisions/agent-firewall-check.md). Not thread-safe: the agent serialises changes.
 */
public final class FirewallApplier {
    private static final List<String> CHECK = List.of("nft", "-c", "-f", "/dev/stdin");
    private static final List<String> APPLY = List.of("nft", "-f", "/dev/stdin");

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

    /** The transaction and diff, after {@code nft -c} accepted the transaction against the live ruleset. */
    public FirewallPreview preview(FirewallState next) {
        Long liveVersion = liveVersion();
        if (next.equals(live)) {
            return new FirewallPreview(liveVersion, next.version(), "", "");
        }
        String transaction = renderer.render(next, liveVersion);
        run(new Command(CHECK, transaction, timeout), next);
        return new FirewallPreview(liveVersion, next.version(), transaction, FirewallDiff.between(live, next));
    }

    public ApplyResult apply(FirewallState next) {
        if (next.equals(live)) {
            return new ApplyResult(false, List.of());
        }
        Command apply = new Command(APPLY, renderer.render(next, liveVersion()), timeout);
        run(apply, next);
        live = next;
        return new ApplyResult(true, List.of(apply.display()));
    }

    private void run(Command command, FirewallState next) {
        CommandResult result = runner.run(command);
        if (!result.succeeded()) {
            // the kernel refused the whole batch (overlapping ranges or prefixes, say): nothing changed
            Long liveVersion = liveVersion();
            throw new ApiException(
                    422,
                    "firewall_rejected",
                    "nft refused version " + next.version()
                            + (liveVersion == null ? "" : " (version " + liveVersion + " stays live)") + ": "
                            + result.output().strip(),
                    null);
        }
    }

    private Long liveVersion() {
        return live == null ? null : live.version();
    }
}
