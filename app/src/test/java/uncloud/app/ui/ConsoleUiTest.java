package uncloud.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import uncloud.app.AppContext;
import uncloud.app.BuildInfo;
import uncloud.app.ConsoleApp;
import uncloud.app.common.ExecutorTaskRunner;
import uncloud.app.common.WindowStateStore;
import uncloud.app.login.LoginViewModel;
import uncloud.app.login.StepStatus;
import uncloud.app.orders.BillLine;
import uncloud.app.orders.OrderFormViewModel;
import uncloud.app.orders.OrderRow;
import uncloud.app.products.Product;
import uncloud.app.testing.InMemoryOrderBook;
import uncloud.app.testing.InMemoryProductCatalog;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.ScriptedSessionOpener;
import uncloud.app.testing.TestProfiles;
import uncloud.app.testing.TestSession;
import uncloud.client.AuthenticationException;
import uncloud.client.domain.Money;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/**
 * The console end to end through its real windows (headless under Monocle), against in-memory
 * services: login (with an encrypted key's passphrase dialog), browsing and filtering, the product
 * form's validation, placing an order with the customer picker. Writes a screenshot of every
 * screen it visits.
 */
class ConsoleUiTest {
    private static final Path KEY = Path.of("/home/alice/.ssh/id_ecdsa");

    @TempDir
    Path config;

    private final InMemoryProductCatalog catalog = InMemoryProductCatalog.withSamples(150);
    private final InMemoryOrderBook orders = InMemoryOrderBook.withSamples(300, Instant.parse("2026-01-01T00:00:00Z"));
    private final TestSession session = new TestSession(catalog, orders);
    private final ScriptedSessionOpener opener = new ScriptedSessionOpener(session);
    private final InMemoryProfileStore profiles = new InMemoryProfileStore();
    private final FxRobot robot = new FxRobot();
    private ConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        profiles.save(TestProfiles.OFFICE);
        FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(
                new WindowStateStore(config.resolve("window.json")),
                profiles,
                opener,
                new ExecutorTaskRunner(Platform::runLater),
                new BuildInfo("test", "now"),
                "demo",
                Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC));
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
        opener.failAt(ConnectStep.LDAP, new AuthenticationException("The user name or password for alice is wrong."));
        Screenshots.take(robot.lookup("#user").query().getScene(), "01-login");

        logIn("wrong");

        Label error = robot.lookup("#login-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Wrong user name or password");
        Screenshots.take(error.getScene(), "02-login-wrong-password");
    }

    @Test
    void anEncryptedKeysPassphraseIsTypedIntoADialogWhileTheTunnelStepWaitsAndAskedAgainWhenWrong() throws Exception {
        opener.keyEncryptedWith(KEY, "correct horse");
        chooseProfile(TestProfiles.OFFICE);

        logIn("s3cret");

        Label question = SecretQuestions.waitFor(robot, "is encrypted", 5);
        assertThat(question.getText()).contains(KEY.toString());
        @SuppressWarnings("unchecked")
        ListView<StepStatus> steps = robot.lookup("#login-steps").queryAs(ListView.class);
        assertThat(steps.getItems().get(0)).isEqualTo(new StepStatus(ConnectStep.TUNNEL, StepStatus.State.WAITING));
        Button unlock = unlockButton();
        assertThat(unlock.isDisabled()).isTrue(); // nothing typed yet
        robot.clickOn("#secret").write("battery staple");
        robot.clickOn(unlock);

        Label again = SecretQuestions.waitFor(robot, "was wrong", 5);
        assertThat(again.getText()).contains(KEY.toString());
        robot.clickOn("#secret").write("correct horse");
        Screenshots.take(again.getScene(), "02-login-key-passphrase");
        robot.type(KeyCode.ENTER);

        assertThat(mainStage().isShowing()).isTrue();
    }

    @Test
    void cancellingThePassphraseDialogSkipsTheKeyAndTheLoginExplainsThatNoKeyWasLeft() throws Exception {
        opener.keyEncryptedWith(KEY, "correct horse");
        chooseProfile(TestProfiles.OFFICE);

        logIn("s3cret");
        SecretQuestions.waitFor(robot, "is encrypted", 5);
        robot.clickOn("#secret").write("half typed");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText("Cancel"))
                .queryButton());

        Label error = robot.lookup("#login-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("No usable SSH key");
        assertThat(robot.lookup("#login-error-detail").queryAs(Label.class).getText())
                .startsWith("No passphrase was given for " + KEY + ", so it was not offered.");
        assertThat(app.mainStage()).isEmpty();
    }

    private void chooseProfile(ConnectionProfile profile) {
        robot.interact(() ->
                robot.lookup("#profile").queryComboBox().getSelectionModel().select(profile));
    }

    private Button unlockButton() {
        return robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText(LoginViewModel.UNLOCK_KEY))
                .queryButton();
    }

    @Test
    void afterLoginTheProductsArePagedFilteredAndEditedWithValidationAtTheField() throws Exception {
        logIn("s3cret");
        Scene main = mainStage().getScene();
        robot.interact(() -> app.mainWindow().orElseThrow().show("Products"));
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

    @Test
    void aChangeFromAnotherConsoleAppearsWithoutLosingTheSelection() throws Exception {
        logIn("s3cret");
        Scene main = mainStage().getScene();
        robot.interact(() -> app.mainWindow().orElseThrow().show("Products"));
        @SuppressWarnings("unchecked")
        TableView<Product> table = find(main, "#products-table", TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        robot.interact(() -> {
            table.getSelectionModel().select(42);
            table.scrollTo(40);
        });
        Product chosen = catalog.get(43);

        catalog.save(new Product(
                chosen.id(),
                chosen.version(),
                "Product 043 (renamed elsewhere)",
                chosen.description(),
                chosen.kind(),
                chosen.oneTimePrice(),
                chosen.recurringPrice(),
                chosen.period(),
                chosen.active(),
                chosen.attributes()));
        session.changed("product");

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> table.getItems().get(42).name().equals("Product 043 (renamed elsewhere)"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(43L);
        assertThat(table.getItems()).hasSize(100);
    }

    @Test
    void ordersAreBrowsedFilteredPlacedAndReplacedWithTheBillPreview() throws Exception {
        logIn("s3cret");
        Scene main = mainStage().getScene();
        @SuppressWarnings("unchecked")
        TableView<OrderRow> table = find(main, "#orders-table", TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        assertThat(table.getItems().get(0).id()).isEqualTo(300L); // newest first
        Screenshots.take(main, "05-orders");

        robot.interact(() -> table.scrollTo(99));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 200);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Sample order 27");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 11);
        assertThat(table.getItems().get(0).description()).isEqualTo("Sample order 279");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField customer = robot.lookup("#order-customer").queryAs(TextField.class);
        Button submit = robot.lookup("#submit-order").queryAs(Button.class);
        robot.clickOn(customer).write("e");
        @SuppressWarnings("unchecked")
        ListView<uncloud.client.domain.Customer> matches =
                robot.lookup("#order-customer-matches").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> matches.getItems().size() == 2);
        assertThat(hasValidationDecoration(customer)).isTrue(); // "pick a customer" until one is picked
        assertThat(submit.isDisabled()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER); // into the matches, second one, pick
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(customer.getText()).isEqualTo("Beat Beispiel (#2)");
        assertThat(matches.getItems()).isEmpty();
        assertThat(hasValidationDecoration(customer)).isFalse();
        robot.clickOn("#order-description").write("Sample order 27x: extra IPv6 /48");
        replaceText("#order-recurring", "7.50");
        Screenshots.take(customer.getScene(), "06-place-order");
        robot.clickOn(submit);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        OrderRow placed = orders.get(301);
        assertThat(placed.recurringPrice()).isEqualTo(Money.of("7.50"));
        assertThat(placed.customerId()).isEqualTo(2L);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> placed.equals(table.getSelectionModel().getSelectedItem()));

        robot.clickOn("#replace-order");
        WaitForAsyncUtils.waitForFxEvents();
        TextField fixedCustomer = robot.lookup("#order-customer").queryAs(TextField.class);
        assertThat(fixedCustomer.isDisabled()).isTrue(); // a replacement keeps the replaced order's customer
        assertThat(fixedCustomer.getText()).isEqualTo(placed.customerName() + " (#2)");
        replaceText("#order-recurring", "9.00");
        replaceText("#order-starts", "2026-04-01 00:00:00");
        robot.clickOn("#preview-bills");
        @SuppressWarnings("unchecked")
        TableView<BillLine> after = robot.lookup("#bills-after").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> after.getItems().size() == 2);
        Screenshots.take(after.getScene(), "07-replace-order-preview");
        robot.clickOn("#submit-order");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        Screenshots.take(robot.lookup(".dialog-pane").query().getScene(), "08-replace-order-confirm");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText(OrderFormViewModel.REPLACE))
                .queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> orders.get(301).endsAt() != null);

        assertThat(orders.get(301).endsAt()).isEqualTo(Instant.parse("2026-03-31T23:59:59Z"));
        assertThat(orders.get(302).replacesId()).isEqualTo(301L);
        @SuppressWarnings("unchecked")
        ListView<OrderRow> chain = find(main, "#replacement-chain", ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chain.getItems().size() == 2);
        Screenshots.take(main, "09-orders-replacement-chain");
    }

    private void replaceText(String query, String text) {
        robot.clickOn(query)
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    /** ControlsFX marks an invalid field with a decoration node in the field's parent scene graph. */
    private static boolean hasValidationDecoration(Node field) {
        return !org.controlsfx.control.decoration.Decorator.getDecorations(field)
                .isEmpty();
    }
}
