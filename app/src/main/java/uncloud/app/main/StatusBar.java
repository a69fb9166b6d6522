package uncloud.app.main;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import uncloud.app.common.IconTheme;
import uncloud.app.common.Styles;
import uncloud.app.session.ConnectionState;

/** Bottom line of the main window: connection state, profile, user and role. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel viewModel) {
        super(12);
        getStyleClass().add(Styles.STATUS_BAR);
        Label connection = new Label();
        connection.setId("connection-state");
        show(connection, viewModel.connectionProperty().get());
        viewModel.connectionProperty().addListener((observable, old, now) -> show(connection, now));
        Label profile = new Label("Profile: " + viewModel.profileName());
        profile.getStyleClass().add(Styles.TEXT_MUTED);
        Label user = new Label(viewModel.userText(), IconTheme.icon(Material2AL.ACCOUNT_CIRCLE));
        user.setId("current-user");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(connection, profile, spacer, user);
    }

    private static void show(Label label, ConnectionState state) {
        label.setText(state.label());
        label.getStyleClass().removeAll(Styles.CONNECTION_UP, Styles.CONNECTION_DOWN, Styles.CONNECTION_RECONNECTING);
        switch (state) {
            case UP:
                label.setGraphic(IconTheme.icon(Material2AL.CLOUD));
                label.getStyleClass().add(Styles.CONNECTION_UP);
                break;
            case RECONNECTING:
                label.setGraphic(IconTheme.icon(Material2MZ.SYNC));
                label.getStyleClass().add(Styles.CONNECTION_RECONNECTING);
                break;
            default:
                label.setGraphic(IconTheme.icon(Material2AL.CLOUD_OFF));
                label.getStyleClass().add(Styles.CONNECTION_DOWN);
        }
    }
}
