package uncloud.app.login;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.FieldRules;
import uncloud.app.common.Styles;

/** The connection-profile form in its own small window. */
public final class EditProfileDialog {
    private final EditProfileViewModel viewModel;
    private final Stage stage = new Stage();
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane form = new GridPane();
    private int row;

    public EditProfileDialog(Window owner, EditProfileViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connection profile");
        stage.setScene(Styles.apply(createScene()));
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }

    private Scene createScene() {
        form.setHgap(12);
        form.setVgap(8);
        field("Name", "profile-name", viewModel.nameProperty(), EditProfileViewModel::profileNameError);
        field("SSH host (empty: direct)", "ssh-host", viewModel.sshHostProperty(), text -> Optional.empty());
        field(
                "SSH port",
                "ssh-port",
                viewModel.sshPortProperty(),
                text -> FieldRules.wholeNumber("SSH port", text, 1, 65535));
        field("SSH user", "ssh-user", viewModel.sshUserProperty(), text -> Optional.empty());
        field("SSH key file", "ssh-key", viewModel.sshKeyFileProperty(), text -> Optional.empty());
        field(
                "Database host",
                "db-host",
                viewModel.databaseHostProperty(),
                text -> FieldRules.required("Database host", text));
        field(
                "Database port",
                "db-port",
                viewModel.databasePortProperty(),
                text -> FieldRules.wholeNumber("Database port", text, 1, 65535));
        field(
                "Database name",
                "db-name",
                viewModel.databaseNameProperty(),
                text -> FieldRules.required("Database name", text));
        field(
                "Database user",
                "db-user",
                viewModel.databaseUserProperty(),
                text -> FieldRules.required("Database user", text));
        field("LDAP URL", "ldap-url", viewModel.ldapUrlProperty(), EditProfileViewModel::ldapUrlError);
        field(
                "LDAP base DN",
                "ldap-base-dn",
                viewModel.ldapBaseDnProperty(),
                text -> FieldRules.required("LDAP base DN", text));
        field(
                "Staff group DN",
                "ldap-staff-group",
                viewModel.staffGroupDnProperty(),
                text -> FieldRules.required("Staff group DN", text));

        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty()
                .bind(Bindings.createStringBinding(() -> viewModel.firstError().orElse(""), viewModel.validProperty()));
        Button save = ActionFactory.button(ConsoleAction.SAVE, viewModel.saveCommand());
        save.setDefaultButton(true);
        Button cancel = ActionFactory.button(ConsoleAction.CANCEL, new Command(stage::close));
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, problem, cancel, save);
        buttons.setStyle("-fx-alignment: center-right; -fx-padding: 12 0 0 0;");
        BorderPane root = new BorderPane(form);
        root.setBottom(buttons);
        root.setStyle("-fx-padding: 16;");
        Scene scene = new Scene(root);
        ActionFactory.bindShortcut(scene, ConsoleAction.SAVE, viewModel.saveCommand());
        return scene;
    }

    private void field(String label, String id, StringProperty property, Function<String, Optional<String>> rule) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(property);
        validation.registerValidator(field, false, (Validator<String>) (control, text) -> {
            Optional<String> error = rule.apply(text);
            return ValidationResult.fromErrorIf(control, error.orElse(""), error.isPresent());
        });
        form.addRow(row++, new Label(label), field);
    }
}
