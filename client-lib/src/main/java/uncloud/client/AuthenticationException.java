package uncloud.client;

/** Credentials were refused: a wrong password, an unknown user, a key the server does not accept. */
public class AuthenticationException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
