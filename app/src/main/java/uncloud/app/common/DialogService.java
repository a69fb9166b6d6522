package uncloud.app.common;

import java.util.Optional;

/**
 * Every message the console shows a person goes through here: a short sentence they understand,
 * technical details folded away, and buttons named for what they do ("Replace order", not "OK").
 * View models depend on this interface; tests record what it was asked to show.
 */
public interface DialogService {
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** Asks before doing something; true when the person chose {@code actionLabel}. */
    boolean confirm(String title, String message, String details, String actionLabel);

    /**
     * Offers several named actions (e.g. "Save", "Discard changes"); empty when the person closed the
     * dialog or cancelled.
     */
    Optional<String> choose(String title, String message, String... actionLabels);

    /**
     * Asks for a secret (a key's passphrase) in a masked field; empty when the person cancelled. The
     * characters are handed over as an array the caller wipes after use; the dialog keeps no copy.
     */
    Optional<char[]> askSecret(String title, String message, String fieldLabel, String actionLabel);
}
