package uncloud.app.session;

import java.util.function.Consumer;

/**
 * Logs in: opens the tunnel, the database and checks the credentials, step by step. Blocking; the
 * view model runs it in the background.
 *
 * <p>Failures are client-lib's exceptions: {@code AuthenticationException} (wrong password), {@code
 * HostKeyChangedException}, {@code HostKeyRejectedException}, {@code ConnectionException} (database
 * or directory unreachable), {@code SchemaTooNewException}.
 */
public interface SessionOpener {
    Session open(
            ConnectionProfile profile,
            String user,
            char[] password,
            LoginPrompts prompts,
            Consumer<LoginStep> stepStarted);
}
