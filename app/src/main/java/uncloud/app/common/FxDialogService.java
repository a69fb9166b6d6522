package uncloud.app.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the current window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            alert.getDialogPane().setExpandableContent(detailsArea(stackTrace(details)));
        }
        alert.getButtonTypes().setAll(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        alert.getButtonTypes().setAll(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String details, String actionLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        if (details != null) {
            alert.getDialogPane().setExpandableContent(detailsArea(details));
            alert.getDialogPane().setExpanded(true);
        }
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(action, ButtonType.CANCEL);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public Optional<String> choose(String title, String message, String... actionLabels) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = new ArrayList<>();
        Arrays.stream(actionLabels).forEach(label -> buttons.add(new ButtonType(label, ButtonBar.ButtonData.OTHER)));
        buttons.add(ButtonType.CANCEL);
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().filter(button -> button != ButtonType.CANCEL).map(ButtonType::getText);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        return alert;
    }

    private static TextArea detailsArea(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        return area;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
