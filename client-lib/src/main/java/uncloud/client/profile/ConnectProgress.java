package uncloud.client.profile;

import uncloud.client.UncloudException;

/**
 * Hears the steps of opening a profile. Called on the thread that opens it (a background thread in the
 * console), so a UI hands the calls over to its toolkit thread.
 */
public interface ConnectProgress {
    /** A step begins; {@code detail} says what is being contacted, e.g. {@code db.example.net via bastion}. */
    default void started(ConnectStep step, String detail) {}

    /** A step succeeded (or was not needed, e.g. no tunnel for the demo). */
    default void finished(ConnectStep step, String detail) {}

    /** A step failed; the exception is then thrown to the caller of open or login. */
    default void failed(ConnectStep step, UncloudException failure) {}

    static ConnectProgress silent() {
        return new ConnectProgress() {};
    }
}
