package uncloud.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import uncloud.app.AppContext;
import uncloud.app.BuildInfo;
import uncloud.app.ConsoleApp;
import uncloud.app.common.ExecutorTaskRunner;
import uncloud.app.common.WindowStateStore;
import uncloud.app.products.Product;
import uncloud.app.session.LoginStep;
import uncloud.app.session.WrongPasswordException;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.ScriptedSessionOpener;
import uncloud.app.testing.TestSession;
import uncloud.client.domain.Money;

/**
 * The console end to end through its real windows (headless under Monocle), against in-memory
 * services: login, browsing and filtering, the product form's validation. Writes a screenshot of every
 * screen it visits.
 */
class ConsoleUiTest {
    @TempDir
    Path config;

    private final InMemoryProductCatalog catalog = InMemoryProductCatalog.withSamples(150);
    private final TestSession session = new TestSession(catalog, null);
    private final ScriptedSessionOpener opener = new ScriptedSessionOpener(session);
    private final FxRobot robot = new FxRobot();
    private ConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(
                new WindowStateStore(config.resolve("window.json")),
                new InMemoryProfileStore(),
                opener,
                new ExecutorTaskRunner(Platform::runLater),
                new BuildInfo("test", "now"),
                "demo");
        app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void logIn(String password) {
        robot.clickOn("#user").write("alice");
        robot.clickOn("#password").write(password);
        robot.clickOn("#log-in");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage mainStage() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> app.mainStage().map(Window::isShowing).orElse(false));
        return app.mainStage().orElseThrow();
    }

    private <T extends Node> T find(Scene scene, String query, Class<T> type) {
        return type.cast(scene.getRoot().lookup(query));
    }

    @Test
    void aWrongPasswordIsExplainedInTheLoginWindow() throws Exception {
        opener.failAt(LoginStep.LDAP, new WrongPasswordException("alice"));
        Screenshots.take(robot.lookup("#user").query().getScene(), "01-login");

        logIn("wrong");

        Label error = robot.lookup("#login-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Wrong user name or password");
        Screenshots.take(error.getScene(), "02-login-wrong-password");
    }

    @Test
    void afterLoginTheProductsArePagedFilteredAndEditedWithValidationAtTheField() throws Exception {
        logIn("s3cret");
        Scene main = mainStage().getScene();
        @SuppressWarnings("unchecked")
        TableView<Product> table = find(main, "#products-table", TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        assertThat(find(main, "#current-user", Label.class).getText()).isEqualTo("alice (staff)");
        Screenshots.take(main, "03-products");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Product 14");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        assertThat(table.getItems().get(0).name()).isEqualTo("Product 140");

        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#edit-product");
        WaitForAsyncUtils.waitForFxEvents();
        TextField price = robot.lookup("#recurringPrice").queryAs(TextField.class);
        Button save = robot.lookup("#save").queryAs(Button.class);
        robot.doubleClickOn(price).eraseText(price.getText().length()).write("-5");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(save.isDisabled()).isTrue();
        assertThat(price.getStyleClass().stream().anyMatch(style -> style.contains("error"))
                        || hasValidationDecoration(price))
                .isTrue();
        Screenshots.take(price.getScene(), "04-edit-product-invalid-price");

        robot.doubleClickOn(price).eraseText(price.getText().length()).write("19.90");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !price.getScene().getWindow().isShowing());

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> table.getItems().get(2).recurringPrice().equals(Money.of("19.90")));
        assertThat(catalog.get(142).recurringPrice()).isEqualTo(Money.of("19.90"));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(142L);
    }

    /** ControlsFX marks an invalid field with a decoration node in the field's parent scene graph. */
    private static boolean hasValidationDecoration(Node field) {
        return !org.controlsfx.control.decoration.Decorator.getDecorations(field)
                .isEmpty();
    }
}
