package uncloud.app.session;

import uncloud.client.UncloudException;

/** The directory refused the user name or password. */
public class WrongPasswordException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String user) {
        super("The user name or password for " + user + " is wrong. Check them (Caps Lock?) and log in again.");
    }
}
