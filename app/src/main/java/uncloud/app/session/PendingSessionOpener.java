package uncloud.app.session;

import java.util.function.Consumer;
import uncloud.client.ConnectionException;

/**
 * The login of a build whose client-lib has no connection layer yet (SSH tunnel, LDAP, demo servers
 * are issue 4). It fails every login with a message that says exactly that, instead of pretending;
 * {@code AppContext} switches to the real opener once client-lib provides it.
 */
public final class PendingSessionOpener implements SessionOpener {
    @Override
    public Session open(
            ConnectionProfile profile,
            String user,
            char[] password,
            LoginPrompts prompts,
            Consumer<LoginStep> stepStarted) {
        stepStarted.accept(profile.isDemo() ? LoginStep.DATABASE : LoginStep.TUNNEL);
        throw new ConnectionException("This build of the console cannot connect yet: client-lib does not provide"
                + " the connection layer (SSH tunnel, LDAP login, demo servers) in this build.");
    }
}
