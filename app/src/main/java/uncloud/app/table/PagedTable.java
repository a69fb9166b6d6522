package uncloud.app.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.Styles;

/**
 * The view of a {@link PagedTableViewModel}: a virtualized table that asks for the next page when the
 * last rows scroll into view, a filter field (debounced), server sort by clicking a heading, the
 * built-in column chooser (the "+" in the header corner), and a CSV export with progress and cancel.
 */
public final class PagedTable<T> extends BorderPane {
    private static final int PREFETCH_ROWS = 20;

    private final PagedTableViewModel<T> viewModel;
    private final TableView<T> table = new TableView<>();
    private final TextField filter = new TextField();
    private final HBox toolbar = new HBox(8);

    public PagedTable(PagedTableViewModel<T> viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    public TableView<T> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    /** Puts area-specific buttons before the table's own. */
    public void addActions(Button... buttons) {
        toolbar.getChildren().addAll(1, List.of(buttons));
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void createView() {
        filter.setPromptText("Filter (Ctrl+F)");
        filter.setId("filter");
        filter.setPrefColumnCount(18);
        for (ColumnSpec<T> spec : viewModel.columns()) {
            table.getColumns().add(column(spec));
        }
        table.setItems(viewModel.rows());
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setPlaceholder(new Label("No rows match."));
        table.disableProperty().bind(viewModel.enabledProperty().not());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.exportingProperty()));
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setMinWidth(Region.USE_PREF_SIZE);

        Button export = ActionFactory.iconButton(
                ConsoleAction.EXPORT_CSV,
                new Command(this::export, viewModel.exportingProperty().not().and(viewModel.enabledProperty())));
        Button cancel = ActionFactory.iconButton(
                ConsoleAction.CANCEL, new Command(viewModel::cancelExport, viewModel.exportingProperty()));
        cancel.visibleProperty().bind(viewModel.exportingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.getChildren().addAll(filter, spacer, status, busy, export, cancel);
        toolbar.getStyleClass().add("console-table-toolbar");
        setTop(toolbar);
        setCenter(table);
    }

    private TableColumn<T, String> column(ColumnSpec<T> spec) {
        TableColumn<T, String> column = new TableColumn<>(spec.title());
        column.setId("column-" + spec.key()); // distinct from form field ids in lookups
        column.setUserData(spec);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(spec.text().apply(cell.getValue())));
        column.setSortable(spec.sortable());
        column.setVisible(spec.visible());
        column.setPrefWidth(
                spec.width() > 0 ? spec.width() : Math.max(70, 9 * spec.title().length() + 28));
        return column;
    }

    private void initListeners() {
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(event -> viewModel.filterProperty().set(filter.getText()));
        filter.textProperty().addListener((observable, old, now) -> debounce.playFromStart());

        // Sorting happens on the server: the table only reports which heading was clicked.
        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<T, ?> column = view.getSortOrder().get(0);
            String key = ((ColumnSpec<?>) column.getUserData()).key();
            SortOrder wanted = new SortOrder(key, column.getSortType() == TableColumn.SortType.ASCENDING);
            if (!wanted.equals(viewModel.sortProperty().get())) {
                viewModel.sortProperty().set(wanted);
            }
            return true;
        });

        // Rows are virtual: when one near the end is drawn, the next keyset page is due.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() >= viewModel.rows().size() - PREFETCH_ROWS) {
                    viewModel.loadMore();
                }
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null
                    || !viewModel.rows().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export CSV");
        chooser.setInitialFileName("export.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Exports the visible columns, in their on-screen order, to {@code file}. */
    public void exportTo(Path file) {
        @SuppressWarnings("unchecked")
        List<ColumnSpec<T>> visible = table.getVisibleLeafColumns().stream()
                .map(column -> (ColumnSpec<T>) column.getUserData())
                .collect(Collectors.toList());
        viewModel.exportCsv(
                file.toString(),
                () -> {
                    try {
                        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
                    }
                },
                visible);
    }
}
