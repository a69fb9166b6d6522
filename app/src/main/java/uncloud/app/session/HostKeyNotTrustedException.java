package uncloud.app.session;

import uncloud.client.ConnectionException;

/** The SSH host's key was unknown and the person did not trust it. */
public class HostKeyNotTrustedException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    public HostKeyNotTrustedException(String host, String fingerprint) {
        super("The host key of " + host + " (" + fingerprint + ") was not trusted, so the console did not connect.");
    }
}
