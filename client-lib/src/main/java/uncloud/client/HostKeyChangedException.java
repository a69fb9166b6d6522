package uncloud.client;

/**
 * The SSH server presented a host key other than the one recorded in known_hosts. This is what a
 * man-in-the-middle attack looks like, so the connection is refused and never silently re-keyed: only
 * a person who checked the new key out of band may remove the old line.
 */
public class HostKeyChangedException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final String presentedFingerprint;

    public HostKeyChangedException(String host, String presentedFingerprint, String knownHostsFile) {
        super("WARNING: the SSH host key of " + host + " has CHANGED. Someone may be intercepting the connection"
                + " (man-in-the-middle), or the host was reinstalled. The server now presents "
                + presentedFingerprint + ". Connection refused. If the administrators confirm the new key, remove the"
                + " old entry for " + host + " from " + knownHostsFile + " and connect again.");
        this.host = host;
        this.presentedFingerprint = presentedFingerprint;
    }

    public String host() {
        return host;
    }

    /** The SHA256 fingerprint the server presented, as {@code ssh-keygen -l} prints it. */
    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
