package uncloud.app.session;

/**
 * Questions a login may need to ask the person at the console. Called on the login's background
 * thread; the console's implementation shows a dialog on the UI thread and waits for the answer.
 */
public interface LoginPrompts {
    /** The SSH host's key is not known yet: true trusts it (it is then remembered in known_hosts). */
    boolean trustUnknownHostKey(String host, String fingerprint);
}
