package uncloud.client;

/** The SSH server's host key was not in known_hosts and the person at the console did not accept it. */
public class HostKeyRejectedException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    public HostKeyRejectedException(String host, String fingerprint) {
        super("The host key of " + host + " (" + fingerprint + ") is not known and was not accepted;"
                + " not connecting. Compare the fingerprint with the one the administrators publish.");
    }
}
