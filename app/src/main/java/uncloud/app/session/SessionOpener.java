package uncloud.app.session;

import java.util.function.Consumer;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/**
 * Logs in: opens the tunnel and the database, checks the credentials and the schema, step by step.
 * Blocking; the view model runs it in the background.
 *
 * <p>Failures are client-lib's exceptions: {@code AuthenticationException} (wrong password), {@code
 * HostKeyChangedException}, {@code HostKeyRejectedException}, {@code ConnectionException} (a server
 * unreachable), {@code SchemaTooNewException}.
 */
public interface SessionOpener {
    Session open(
            ConnectionProfile profile,
            String user,
            char[] password,
            LoginPrompts prompts,
            Consumer<ConnectStep> stepStarted);
}
