package uncloud.app.login;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.IconTheme;
import uncloud.app.common.Styles;
import uncloud.client.profile.ConnectionProfile;

/** The login form: binds to {@link LoginViewModel}; the profile buttons open the profile form. */
public final class LoginView {
    private final LoginViewModel viewModel;
    private final Command newProfile;
    private final Command editProfile;

    public LoginView(LoginViewModel viewModel, Command newProfile, Command editProfile) {
        this.viewModel = viewModel;
        this.newProfile = newProfile;
        this.editProfile = editProfile;
    }

    public Parent createView() {
        Label title = new Label("Uncloud Console");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("Log in with your staff (LDAP) account.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        ComboBox<ConnectionProfile> profile = new ComboBox<>(viewModel.profiles());
        profile.setId("profile");
        profile.valueProperty().bindBidirectional(viewModel.profileProperty());
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.setCellFactory(list -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        Button addProfile = ActionFactory.iconButton(ConsoleAction.NEW, newProfile);
        addProfile.setId("new-profile");
        Button changeProfile = ActionFactory.iconButton(ConsoleAction.EDIT, editProfile);
        changeProfile.setId("edit-profile");
        HBox profileRow = new HBox(6, profile, addProfile, changeProfile);
        HBox.setHgrow(profile, javafx.scene.layout.Priority.ALWAYS);

        TextField user = new TextField();
        user.setId("user");
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.setOnAction(event -> viewModel.logInCommand().execute());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Connection"), profileRow);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        form.disableProperty().bind(viewModel.busyProperty());

        ListView<StepStatus> steps = new ListView<>(viewModel.steps());
        steps.setId("login-steps");
        steps.setPrefHeight(4 * 40 + 8);
        steps.setFocusTraversable(false);
        steps.getStyleClass().add(Styles.STEP_LIST);
        steps.setCellFactory(list -> new StepCell());

        Label errorHeadline = new Label();
        errorHeadline.setId("login-error");
        errorHeadline.getStyleClass().addAll(Styles.DANGER, Styles.TITLE_3);
        errorHeadline
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.errorProperty().get() == null
                                ? ""
                                : viewModel.errorProperty().get().headline(),
                        viewModel.errorProperty()));
        Label errorDetail = new Label();
        errorDetail.setId("login-error-detail");
        errorDetail.setWrapText(true);
        errorDetail
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.errorProperty().get() == null
                                ? ""
                                : viewModel.errorProperty().get().detail(),
                        viewModel.errorProperty()));
        VBox error = new VBox(4, errorHeadline, errorDetail);
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.setMinHeight(90); // room kept, so the fixed-size window need not grow when an error appears
        errorDetail.setMaxWidth(424);

        Button logIn = ActionFactory.button(ConsoleAction.LOG_IN, viewModel.logInCommand());
        logIn.setId("log-in");
        logIn.setDefaultButton(true);
        logIn.getStyleClass().add(Styles.ACCENT);
        Button cancel = ActionFactory.button(ConsoleAction.CANCEL, viewModel.cancelCommand());
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, cancel, logIn);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(14, title, subtitle, form, steps, error, buttons);
        root.getStyleClass().add(Styles.LOGIN_PANE);
        root.setPrefWidth(480);
        return root;
    }

    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.demo() ? "demo (offline, sample data)" : profile.name());
        }
    }

    private static final class StepCell extends ListCell<StepStatus> {
        @Override
        protected void updateItem(StepStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
            if (empty || status == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(status.step().label() + suffix(status.state()));
            switch (status.state()) {
                case RUNNING:
                    setGraphic(IconTheme.icon(Material2MZ.REFRESH));
                    break;
                case WAITING:
                    setGraphic(IconTheme.icon(Material2MZ.VPN_KEY));
                    getStyleClass().add(Styles.WARNING);
                    break;
                case DONE:
                    setGraphic(IconTheme.icon(Material2AL.CHECK));
                    getStyleClass().add(Styles.SUCCESS);
                    break;
                case FAILED:
                    setGraphic(IconTheme.icon(Material2AL.ERROR));
                    getStyleClass().add(Styles.DANGER);
                    break;
                default:
                    setGraphic(IconTheme.icon(Material2MZ.RADIO_BUTTON_UNCHECKED));
                    getStyleClass().add(Styles.TEXT_MUTED);
            }
        }

        private static String suffix(StepStatus.State state) {
            switch (state) {
                case SKIPPED:
                    return " (not needed)";
                case WAITING:
                    return " (waiting for your answer)";
                default:
                    return "";
            }
        }
    }
}
