package uncloud.app.customers;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import uncloud.app.common.Styles;
import uncloud.client.domain.Customer;

/**
 * The customer picker's controls, bound to a {@link CustomerPickerViewModel}: a field to type into and
 * the matches under it (saying how to search, or that nothing matched, while there are none). Keyboard: Down moves from the field into
 * the matches, Enter picks (in the field: the only match), Esc goes back to the field.
 */
public final class CustomerPicker {
    private final CustomerPickerViewModel viewModel;
    private final TextField field = new TextField();
    private final ListView<Customer> matches;
    private final VBox view;

    /** {@code id} names the field; the matches are {@code id + "-matches"}. */
    public CustomerPicker(CustomerPickerViewModel viewModel, String id) {
        this.viewModel = viewModel;
        field.setId(id);
        field.setPromptText("part of the name, or the customer number");
        field.setPrefColumnCount(20);
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.disableProperty().bind(viewModel.fixedProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);

        matches = new ListView<>(viewModel.matches());
        matches.setId(id + "-matches");
        matches.setPrefHeight(112);
        matches.setCellFactory(list -> new MatchCell());
        Label status = new Label();
        status.setId(id + "-status");
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        matches.setPlaceholder(status);
        // always there while the customer can change, so the form never jumps as matches come and go
        matches.visibleProperty().bind(viewModel.fixedProperty().not());
        matches.managedProperty().bind(matches.visibleProperty());
        matches.addEventFilter(KeyEvent.KEY_PRESSED, this::matchesKey);
        matches.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                pickSelected();
            }
        });

        view = new VBox(4, field, matches);
    }

    public VBox view() {
        return view;
    }

    /** The field the person types into (where validation marks the picker). */
    public TextField field() {
        return field;
    }

    private void fieldKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
            enterMatches();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !matches.getItems().isEmpty()) {
            if (!viewModel.pickOnlyMatch()) {
                enterMatches();
            }
            event.consume(); // never the form's default button while matches are open
        }
    }

    private void matchesKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            pickSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE
                || (event.getCode() == KeyCode.UP && matches.getSelectionModel().getSelectedIndex() <= 0)) {
            field.requestFocus();
            event.consume();
        }
    }

    private void enterMatches() {
        matches.requestFocus();
        if (matches.getSelectionModel().isEmpty()) {
            matches.getSelectionModel().selectFirst();
        }
    }

    private void pickSelected() {
        Customer chosen = matches.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.pick(chosen);
            field.requestFocus();
            field.end();
        }
    }

    private static final class MatchCell extends ListCell<Customer> {
        @Override
        protected void updateItem(Customer customer, boolean empty) {
            super.updateItem(customer, empty);
            setText(empty || customer == null ? null : CustomerRef.label(customer.id(), customer.name()));
        }
    }
}
