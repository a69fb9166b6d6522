package uncloud.app.session;

import uncloud.client.ConnectionException;

/** The SSH host presents a different key than the one trusted before: refuse, never re-key silently. */
public class HostKeyChangedException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    private final String fingerprint;

    public HostKeyChangedException(String host, String fingerprint) {
        super("The SSH host key of " + host + " has CHANGED (it now presents " + fingerprint + "). Someone may be"
                + " intercepting the connection. Ask the administrators before removing the old key.");
        this.fingerprint = fingerprint;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
