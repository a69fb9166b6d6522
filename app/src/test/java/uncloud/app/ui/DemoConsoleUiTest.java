package uncloud.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import uncloud.app.orders.OrderRow;
import uncloud.app.products.Product;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.session.StoredConnectionProfiles;
import uncloud.client.domain.AuditEvent;
import uncloud.client.domain.Money;
import uncloud.client.profile.ProfileStore;

/**
 * The console as staff start it with {@code --profile demo}: the real login against client-lib's
 * offline demo (embedded PostgreSQL and LDAP), then a product and an order made through the forms.
 */
class DemoConsoleUiTest {
    @TempDir
    Path config;

    private final FxRobot robot = new FxRobot();
    private ConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        FxToolkit.registerPrimaryStage();
        Clock clock = Clock.system(ZoneId.of("Europe/Zurich"));
        AppContext context = new AppContext(
                new WindowStateStore(config.resolve("window.json")),
                new StoredConnectionProfiles(new ProfileStore(config.resolve("profiles"), config)),
                new LibrarySessionOpener(clock),
                new ExecutorTaskRunner(Platform::runLater),
                new BuildInfo("test", "now"),
                "demo",
                clock);
        app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void replaceText(String query, String text) {
        robot.clickOn(query)
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    @Test
    void staffLogIntoTheDemoAndCreateAProductAndAnOrder() throws Exception {
        robot.clickOn("#user").write("alice");
        robot.clickOn("#password").write("demo");
        robot.clickOn("#log-in");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> app.mainStage().map(Window::isShowing).orElse(false));
        Scene main = app.mainStage().orElseThrow().getScene();
        assertThat(((Label) main.getRoot().lookup("#current-user")).getText()).isEqualTo("alice (staff)");

        robot.interact(() -> app.mainWindow().orElseThrow().show("Products"));
        @SuppressWarnings("unchecked")
        TableView<Product> products = (TableView<Product>) main.getRoot().lookup("#products-table");
        robot.clickOn("#new-product");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#name").write("Backup disk 100 GiB");
        robot.interact(() -> robot.lookup("#kind")
                .queryComboBox()
                .getSelectionModel()
                .select(uncloud.app.products.ProductKind.DISK));
        replaceText("#recurringPrice", "4.50");
        robot.clickOn("#attribute-DISK_GIB").write("100");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> products.getItems().stream()
                        .anyMatch(product -> product.name().equals("Backup disk 100 GiB")));
        Screenshots.take(main, "10-demo-products");

        robot.interact(() -> app.mainWindow().orElseThrow().show("Orders"));
        @SuppressWarnings("unchecked")
        TableView<OrderRow> orders = (TableView<OrderRow>) main.getRoot().lookup("#orders-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#order-customer").write("3"); // a number finds the customer with that id first
        @SuppressWarnings("unchecked")
        ListView<uncloud.client.domain.Customer> matches = (ListView<uncloud.client.domain.Customer>)
                robot.lookup("#order-customer-matches").query();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !matches.getItems().isEmpty() && matches.getItems().get(0).id() == 3L);
        // click the cell once it is drawn: the items arrive a pulse before their cells
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstMatchCell(matches) != null);
        robot.clickOn(firstMatchCell(matches));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#order-customer")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .endsWith("(#3)");
        robot.clickOn("#order-description").write("Backup disk for customer 3");
        replaceText("#order-recurring", "4.50");
        robot.clickOn("#submit-order");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> orders.getItems().stream()
                        .anyMatch(order -> order.description().equals("Backup disk for customer 3")));
        OrderRow placed = orders.getItems().stream()
                .filter(order -> order.description().equals("Backup disk for customer 3"))
                .findFirst()
                .orElseThrow();
        assertThat(placed.customerId()).isEqualTo(3L);
        assertThat(placed.customerName()).isNotBlank();
        assertThat(placed.recurringPrice()).isEqualTo(Money.of("4.50"));
        Screenshots.take(main, "11-demo-orders");

        robot.interact(() -> app.mainWindow().orElseThrow().show("Audit log"));
        @SuppressWarnings("unchecked")
        TableView<AuditEvent> audit = (TableView<AuditEvent>) main.getRoot().lookup("#audit-table");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> audit.getItems().stream()
                        .anyMatch(event -> event.tableName().equals("orders")
                                && event.actorUid().equals("alice")));
        robot.interact(() -> audit.getSelectionModel().select(0));
        Screenshots.take(main, "12-demo-audit-log");

        robot.interact(() -> app.mainWindow().orElseThrow().show("Customers"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(placed.customerName());
        @SuppressWarnings("unchecked")
        TableView<uncloud.client.domain.Customer> customers =
                (TableView<uncloud.client.domain.Customer>) main.getRoot().lookup("#customers-table");
        // wait for the filter to reach the server (debounced), so the selection below is not reloaded away
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                // read the items on the FX thread: reading them here raced with their reload
                () -> WaitForAsyncUtils.asyncFx(() -> !customers.getItems().isEmpty()
                                && customers.getItems().stream()
                                        .allMatch(customer -> customer.name().equals(placed.customerName()))
                                && customers.getItems().stream().anyMatch(customer -> customer.id() == 3L))
                        .get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> customers
                .getSelectionModel()
                .select(customers.getItems().stream()
                        .filter(customer -> customer.id() == 3L)
                        .findFirst()
                        .orElseThrow()));
        @SuppressWarnings("unchecked")
        TableView<uncloud.client.domain.Order> carolsOrders =
                (TableView<uncloud.client.domain.Order>) main.getRoot().lookup("#customer-orders");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> carolsOrders.getItems().stream()
                        .anyMatch(order -> order.description().equals("Backup disk for customer 3")));
        assertThat(carolsOrders.getItems()).allMatch(order -> order.customerId() == 3L);
        Screenshots.take(main, "13-demo-customers");

        // the demo's hosts are served by dry-run agents on loopback, reached over mutual TLS
        robot.interact(() -> app.mainWindow().orElseThrow().show("Hosts"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<uncloud.client.domain.Host> hosts =
                (javafx.scene.control.ListView<uncloud.client.domain.Host>)
                        main.getRoot().lookup("#hosts-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hosts.getItems().size() == 4);
        robot.interact(() -> hosts.getSelectionModel().select(0));
        javafx.scene.control.TextArea report =
                (javafx.scene.control.TextArea) main.getRoot().lookup("#agent-report");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> report.getText().startsWith("Agent "));
        assertThat(report.getText())
                .contains("on " + hosts.getItems().get(0).fqdn() + " (dry run")
                .contains("Firewall: none applied");
        Screenshots.take(main, "14-demo-hosts");
    }

    private ListCell<?> firstMatchCell(ListView<?> matches) {
        return robot.from(matches).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 0
                        && cell.getText() != null
                        && cell.getText().endsWith("(#3)"))
                .findFirst()
                .orElse(null);
    }
}
