package uncloud.app.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the console's secret dialog (a key passphrase) to ask its question. */
final class SecretQuestions {
    private SecretQuestions() {}

    /** The shown question's label, once a showing dialog's question contains {@code wording}. */
    static Label waitFor(FxRobot robot, String wording, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                seconds,
                TimeUnit.SECONDS,
                () -> robot.lookup("#secret-message").queryAll().stream()
                        .map(Label.class::cast)
                        .anyMatch(label -> label.getText().contains(wording)
                                && label.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#secret-message").queryAll().stream()
                .map(Label.class::cast)
                .filter(label -> label.getText().contains(wording))
                .findFirst()
                .orElseThrow();
    }
}
