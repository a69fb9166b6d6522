package uncloud.app.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import uncloud.app.common.DialogService;

/** Records what a view model asked to show and answers with scripted choices. */
public final class RecordingDialogService implements DialogService {
    /** One thing shown: its kind, title, message and details (or the offered actions). */
    public record Shown(String kind, String title, String message, String details) {}

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<char[]> secretsHandedOut = new ArrayList<>();
    private Runnable whileShowing = () -> {};

    /**
     * The next confirm answers true/false, the next choose picks the label, the next secret is the
     * string's characters (null cancels any of them).
     */
    public RecordingDialogService answer(Object answer) {
        answers.add(answer == null ? Optional.empty() : answer);
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    /** Runs {@code check} each time something is shown, while it is showing (e.g. to see a view's state). */
    public RecordingDialogService whileShowing(Runnable check) {
        this.whileShowing = check;
        return this;
    }

    /** The arrays {@link #askSecret} handed out, as they are now (the receiver should have wiped them). */
    public List<char[]> secretsHandedOut() {
        return secretsHandedOut;
    }

    public Shown last() {
        return shown.get(shown.size() - 1);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add(new Shown(
                "error",
                title,
                message,
                details == null ? null : details.getClass().getSimpleName()));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message, String details, String actionLabel) {
        shown.add(new Shown("confirm:" + actionLabel, title, message, details));
        whileShowing.run();
        return Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public Optional<String> choose(String title, String message, String... actionLabels) {
        shown.add(new Shown("choose:" + String.join("|", actionLabels), title, message, null));
        whileShowing.run();
        Object answer = answers.poll();
        return answer instanceof String ? Optional.of((String) answer) : Optional.empty();
    }

    @Override
    public Optional<char[]> askSecret(String title, String message, String fieldLabel, String actionLabel) {
        shown.add(new Shown("secret:" + actionLabel, title, message, fieldLabel));
        whileShowing.run();
        Object answer = answers.poll();
        if (!(answer instanceof String)) {
            return Optional.empty();
        }
        char[] secret = ((String) answer).toCharArray();
        secretsHandedOut.add(secret);
        return Optional.of(secret);
    }
}
