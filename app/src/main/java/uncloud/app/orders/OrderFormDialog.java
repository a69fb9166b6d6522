package uncloud.app.orders;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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
import uncloud.app.customers.CustomerPicker;
import uncloud.app.products.BillingPeriod;

/** Place or replace an order; a replacement shows the bill lines before and after side by side. */
public final class OrderFormDialog {
    private final OrderFormViewModel viewModel;
    private final Stage stage = new Stage();
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane form = new GridPane();
    private int row;

    public OrderFormDialog(Window owner, OrderFormViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(viewModel
                .replacedOrder()
                .map(order -> "Replace order " + order.id())
                .orElse("Place order"));
        stage.setScene(Styles.apply(createScene()));
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }

    private Scene createScene() {
        form.getStyleClass().add(Styles.FORM);
        form.setHgap(12);
        form.setVgap(8);
        customerPicker();
        TextField product = field(
                "Product id (optional)",
                "order-product",
                viewModel.productIdProperty(),
                text -> text == null || text.isBlank()
                        ? Optional.empty()
                        : FieldRules.wholeNumber("Product id", text, 1, Integer.MAX_VALUE));
        product.setDisable(viewModel.isReplacement());
        field(
                "Description",
                "order-description",
                viewModel.descriptionProperty(),
                text -> FieldRules.required("Description", text));
        field(
                "One-time price (CHF)",
                "order-one-time",
                viewModel.oneTimePriceProperty(),
                text -> FieldRules.money("One-time price", text));
        field(
                "Recurring price (CHF)",
                "order-recurring",
                viewModel.recurringPriceProperty(),
                text -> FieldRules.money("Recurring price", text));
        ComboBox<BillingPeriod> period = new ComboBox<>();
        period.setId("order-period");
        period.getItems().setAll(BillingPeriod.values());
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        form.addRow(row++, new Label("Period"), period);
        field("Starts (yyyy-MM-dd HH:mm:ss)", "order-starts", viewModel.startsAtProperty(), viewModel::startError)
                .setPromptText(viewModel.startPrompt());

        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty()
                .bind(Bindings.createStringBinding(() -> viewModel.firstError().orElse(""), viewModel.validProperty()));
        Button submit = new Button(viewModel.isReplacement() ? OrderFormViewModel.REPLACE : "Place order");
        submit.setId("submit-order");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(event -> viewModel.submitCommand().execute());
        submit.disableProperty()
                .bind(viewModel.submitCommand().executableProperty().not());
        Button cancel = ActionFactory.button(ConsoleAction.CANCEL, new Command(stage::close));
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, problem, cancel);
        if (viewModel.isReplacement()) {
            Button preview = new Button("Preview bills");
            preview.setId("preview-bills");
            preview.setOnAction(event -> viewModel.previewCommand().execute());
            preview.disableProperty()
                    .bind(viewModel.previewCommand().executableProperty().not());
            buttons.getChildren().add(preview);
        }
        buttons.getChildren().add(submit);
        buttons.setStyle("-fx-alignment: center-right; -fx-padding: 12 0 0 0;");

        BorderPane root = new BorderPane(form);
        if (viewModel.isReplacement()) {
            HBox bills = new HBox(
                    12,
                    billTable("Bill lines now", "bills-before", viewModel.billLinesBefore()),
                    billTable("After the replacement", "bills-after", viewModel.billLinesAfter()));
            root.setRight(bills);
            bills.setStyle("-fx-padding: 0 0 0 16;");
        }
        root.setBottom(buttons);
        root.setStyle("-fx-padding: 16;");
        return new Scene(root);
    }

    /** The picker's own state decides validity: only a picked customer is valid, whatever is typed. */
    private void customerPicker() {
        CustomerPicker picker = new CustomerPicker(viewModel.customer(), "order-customer");
        TextField field = picker.field();
        validation.registerValidator(field, false, (Validator<String>) (control, text) -> {
            Optional<String> error = viewModel.customer().error();
            return ValidationResult.fromErrorIf(control, error.orElse(""), error.isPresent());
        });
        viewModel.customer().pickedProperty().addListener((observable, old, picked) -> validation.revalidate(field));
        Label label = new Label("Customer");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0)); // level with the field's text, not the matches
        form.addRow(row++, label, picker.view());
    }

    private VBox billTable(String title, String id, ObservableList<BillLine> lines) {
        TableView<BillLine> table = new TableView<>(lines);
        table.setId(id);
        table.getColumns().add(column("Month", line -> line.month().toString()));
        table.getColumns().add(column("Order", line -> "#" + line.orderId()));
        table.getColumns().add(column("One-time", line -> line.oneTime().toString()));
        table.getColumns().add(column("Recurring", line -> line.recurring().toString()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(340, 260);
        table.setPlaceholder(new Label("Press \"Preview bills\"."));
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        return new VBox(6, heading, table);
    }

    private static TableColumn<BillLine, String> column(String title, Function<BillLine, String> text) {
        TableColumn<BillLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private TextField field(String label, String id, StringProperty property, Function<String, Optional<String>> rule) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(20);
        field.textProperty().bindBidirectional(property);
        validation.registerValidator(field, false, (Validator<String>) (control, text) -> {
            Optional<String> error = rule.apply(text);
            return ValidationResult.fromErrorIf(control, error.orElse(""), error.isPresent());
        });
        form.addRow(row++, new Label(label), field);
        return field;
    }
}
