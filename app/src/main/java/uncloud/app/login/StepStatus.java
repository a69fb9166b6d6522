package uncloud.app.login;

import uncloud.client.profile.ConnectStep;

/** How far one login step got; the login window lists them. */
public record StepStatus(ConnectStep step, State state) {
    public enum State {
        PENDING,
        RUNNING,
        /** Running, but paused on a question to the person (a host key to trust, a key's passphrase). */
        WAITING,
        DONE,
        FAILED,
        SKIPPED
    }

    @Override
    public String toString() {
        return step.label();
    }
}
