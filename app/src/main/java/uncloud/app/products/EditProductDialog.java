package uncloud.app.products;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

/**
 * The product form in its own window: fields bound to {@link EditProductViewModel}, each checked at
 * the field by ControlsFX with the view model's rules, Save (Ctrl+S) enabled only when the form is
 * valid and changed, Esc or closing the window asking about unsaved changes.
 */
public final class EditProductDialog {
    private final EditProductViewModel viewModel;
    private final Stage stage = new Stage();
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane attributeGrid = new GridPane();

    public EditProductDialog(Window owner, EditProductViewModel viewModel) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(
                viewModel.isNew()
                        ? "New product"
                        : "Edit product " + viewModel.nameProperty().get());
        stage.setScene(Styles.apply(createScene()));
        stage.setOnCloseRequest(event -> {
            if (!viewModel.mayClose()) {
                event.consume();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }

    private Scene createScene() {
        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        form.setHgap(12);
        form.setVgap(10);

        TextField name = textField("name", viewModel.nameProperty().get());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        validate(name, text -> FieldRules.required("Name", text));

        TextArea description = new TextArea();
        description.setId("description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());

        ComboBox<ProductKind> kind = new ComboBox<>();
        kind.setId("kind");
        kind.getItems().setAll(ProductKind.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());

        TextField oneTime = textField("oneTimePrice", null);
        oneTime.textProperty().bindBidirectional(viewModel.oneTimePriceProperty());
        validate(oneTime, text -> FieldRules.money("One-time price", text));

        ComboBox<BillingPeriod> period = new ComboBox<>();
        period.setId("period");
        period.getItems().setAll(BillingPeriod.values());
        period.valueProperty().bindBidirectional(viewModel.periodProperty());

        TextField recurring = textField("recurringPrice", null);
        recurring.textProperty().bindBidirectional(viewModel.recurringPriceProperty());
        validate(
                recurring,
                text -> FieldRules.money("Recurring price", text)
                        .or(() -> EditProductViewModel.recurringPriceFitsPeriod(text, period.getValue())));
        period.valueProperty().addListener((observable, old, now) -> validation.revalidate(recurring));

        CheckBox active = new CheckBox("Active (can be ordered)");
        active.setId("active");
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());

        int row = 0;
        form.addRow(row++, new Label("Name"), name);
        form.addRow(row++, new Label("Description"), description);
        form.addRow(row++, new Label("Kind"), kind);
        form.addRow(row++, new Label("One-time price (CHF)"), oneTime);
        form.addRow(row++, new Label("Recurring price (CHF)"), recurring);
        form.addRow(row++, new Label("Period"), period);
        form.addRow(row++, new Label(""), active);
        form.add(attributeGrid, 0, row, 2, 1);
        attributeGrid.setHgap(12);
        attributeGrid.setVgap(10);
        showAttributesOf(viewModel.kindProperty().get());
        viewModel.kindProperty().addListener((observable, old, now) -> showAttributesOf(now));

        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> viewModel.firstError().orElse(""), viewModel.validProperty()));

        Command cancel = new Command(() -> {
            if (viewModel.mayClose()) {
                stage.close();
            }
        });
        Button save = ActionFactory.button(ConsoleAction.SAVE, viewModel.saveCommand());
        save.setId("save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        Button cancelButton = ActionFactory.button(ConsoleAction.CANCEL, cancel);
        cancelButton.setCancelButton(true);
        HBox buttons = new HBox(8, problem, cancelButton, save);
        buttons.setStyle("-fx-alignment: center-right; -fx-padding: 12 0 0 0;");

        BorderPane root = new BorderPane(form);
        root.setBottom(buttons);
        root.setStyle("-fx-padding: 16;");
        Scene scene = new Scene(root, 560, 520);
        ActionFactory.bindShortcut(scene, ConsoleAction.SAVE, viewModel.saveCommand());
        return scene;
    }

    private void showAttributesOf(ProductKind kind) {
        attributeGrid.getChildren().clear();
        int row = 0;
        for (ProductKind.Attribute attribute : kind.attributes()) {
            TextField field = textField("attribute-" + attribute.name(), null);
            field.textProperty().bindBidirectional(viewModel.attributeProperty(attribute));
            validate(field, text -> EditProductViewModel.attributeError(attribute, text));
            Label label = new Label(attribute.label());
            label.setMinWidth(150);
            attributeGrid.addRow(row++, label, field);
        }
    }

    private void validate(Control control, Function<String, Optional<String>> rule) {
        validation.registerValidator(control, true, (Validator<String>) (field, text) -> {
            Optional<String> error = rule.apply(text);
            return ValidationResult.fromErrorIf(field, error.orElse(""), error.isPresent());
        });
    }

    private static TextField textField(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(20);
        return field;
    }
}
