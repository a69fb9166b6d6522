package uncloud.agent.protocol;

/**
 * What applying a firewall state would do, changing nothing.
 *
 * @param liveVersion the version live now, or null when the agent has applied none yet
 * @param version the version previewed
 * @param transaction the complete {@code nft -f} transaction that would run
 * @param diff the rule changes per interface against what is live, one line each ({@code +}, {@code -})
 */
public record FirewallPreview(Long liveVersion, long version, String transaction, String diff) {}
