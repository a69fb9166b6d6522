package uncloud.app.login;

import uncloud.app.session.HostKeyChangedException;
import uncloud.app.session.HostKeyNotTrustedException;
import uncloud.app.session.LoginStep;
import uncloud.app.session.WrongPasswordException;
import uncloud.client.ConnectionException;
import uncloud.client.SchemaTooNewException;
import uncloud.client.UncloudException;

/** A failed login as the login window explains it: a headline for the cause, and what to do. */
public record LoginError(String headline, String detail) {
    /** Names the failure from its type and the step that was running when it happened. */
    static LoginError of(Throwable failure, LoginStep step) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof WrongPasswordException) {
            return new LoginError("Wrong user name or password", detail);
        }
        if (failure instanceof HostKeyChangedException) {
            return new LoginError("The SSH host key has changed", detail);
        }
        if (failure instanceof HostKeyNotTrustedException) {
            return new LoginError("SSH host not trusted", detail);
        }
        if (failure instanceof SchemaTooNewException) {
            return new LoginError("The database is newer than this console", detail);
        }
        if (failure instanceof ConnectionException) {
            return new LoginError(unreachable(step), detail);
        }
        if (failure instanceof UncloudException) {
            return new LoginError("Login failed", detail);
        }
        return new LoginError("Login failed unexpectedly", detail);
    }

    private static String unreachable(LoginStep step) {
        switch (step) {
            case TUNNEL:
                return "SSH host unreachable";
            case DATABASE:
            case SCHEMA:
                return "Database unreachable";
            case LDAP:
                return "Directory (LDAP) unreachable";
            default:
                return "Connection failed";
        }
    }
}
