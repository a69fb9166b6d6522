package uncloud.client;

/** A server (database, SSH, LDAP, agent) could not be reached or dropped the connection. */
public class ConnectionException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConnectionException(String message) {
        super(message);
    }
}
