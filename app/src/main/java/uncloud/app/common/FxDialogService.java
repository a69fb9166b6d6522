package uncloud.app.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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

    @Override
    public Optional<char[]> askSecret(String title, String message, String fieldLabel, String actionLabel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label(message);
        text.setId("secret-message");
        text.setWrapText(true);
        text.setMaxWidth(420);
        PasswordField field = new PasswordField();
        field.setId("secret");
        field.setPrefColumnCount(24);
        Label label = new Label(fieldLabel);
        label.setLabelFor(field);
        HBox row = new HBox(8, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(12, text, row));
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(action, ButtonType.CANCEL);
        // by its length, not its text, so that checking never makes a String of the secret
        dialog.getDialogPane()
                .lookupButton(action)
                .disableProperty()
                .bind(field.lengthProperty().isEqualTo(0));
        dialog.setOnShown(event -> field.requestFocus());
        try {
            if (dialog.showAndWait().filter(action::equals).isEmpty()) {
                return Optional.empty();
            }
            // copied from the field's content, never through a String the dialog would keep
            CharSequence typed = field.getCharacters();
            char[] secret = new char[typed.length()];
            for (int i = 0; i < secret.length; i++) {
                secret[i] = typed.charAt(i);
            }
            return Optional.of(secret);
        } finally {
            field.clear();
        }
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
