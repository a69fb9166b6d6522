package uncloud.app.login;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.HostKeyChangedException;
import uncloud.client.HostKeyRejectedException;
import uncloud.client.SchemaTooNewException;
import uncloud.client.UncloudException;
import uncloud.client.profile.ConnectStep;

/** A failed login as the login window explains it: a headline for the cause, and what to do. */
public record LoginError(String headline, String detail) {
    /**
     * As {@link #of(Throwable, ConnectStep)}, but a refused SSH login after the person skipped encrypted
     * keys (no passphrase given) says that this is why no usable key was left.
     */
    static LoginError of(Throwable failure, ConnectStep step, List<Path> skippedKeys) {
        if (failure instanceof AuthenticationException && step == ConnectStep.TUNNEL && !skippedKeys.isEmpty()) {
            String keys = skippedKeys.stream().map(Path::toString).collect(Collectors.joining(", "));
            return new LoginError(
                    "No usable SSH key",
                    "No passphrase was given for " + keys + ", so " + (skippedKeys.size() == 1 ? "it was" : "they were")
                            + " not offered. " + failure.getMessage());
        }
        return of(failure, step);
    }

    /** Names the failure from its type and the step that was running when it happened. */
    static LoginError of(Throwable failure, ConnectStep step) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof AuthenticationException) {
            return new LoginError(refused(step), detail);
        }
        if (failure instanceof HostKeyChangedException) {
            return new LoginError("The SSH host key has changed", detail);
        }
        if (failure instanceof HostKeyRejectedException) {
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

    /** The directory refuses a password; SSH and the database refuse keys or database users. */
    private static String refused(ConnectStep step) {
        switch (step) {
            case TUNNEL:
                return "SSH login refused";
            case DATABASE:
                return "Database login refused";
            default:
                return "Wrong user name or password";
        }
    }

    private static String unreachable(ConnectStep step) {
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
