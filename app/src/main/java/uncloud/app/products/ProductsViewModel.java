package uncloud.app.products;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskRunner;
import uncloud.app.table.ColumnSpec;
import uncloud.app.table.PagedTableViewModel;
import uncloud.app.table.SortOrder;

/** The Products area: the server-paged list, the selected product's details, new and edit. */
public final class ProductsViewModel {
    private final ProductCatalog catalog;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PagedTableViewModel<Product> table;
    private final Command newProduct;
    private final Command editProduct;
    private final Command refresh;
    private Consumer<EditProductViewModel> openEditor = form -> {};

    public ProductsViewModel(ProductCatalog catalog, TaskRunner tasks, DialogService dialogs) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.table = new PagedTableViewModel<>(catalog, columns(), new SortOrder("name", true), tasks, dialogs);
        this.newProduct = new Command(() -> openEditor.accept(newProductForm()), table.enabledProperty());
        this.editProduct = new Command(
                () -> openEditor.accept(editSelectedForm()),
                table.enabledProperty().and(table.selectedProperty().isNotNull()));
        this.refresh = new Command(table::refresh, table.enabledProperty());
    }

    static List<ColumnSpec<Product>> columns() {
        return List.of(
                ColumnSpec.<Product>sortable("id", "Id", product -> String.valueOf(product.id())),
                ColumnSpec.<Product>sortable("name", "Name", Product::name).width(180),
                ColumnSpec.<Product>sortable(
                                "kind", "Kind", product -> product.kind().label())
                        .width(130),
                ColumnSpec.<Product>plain(
                        "one_time_price",
                        "One-time (CHF)",
                        product -> product.oneTimePrice().toString()),
                ColumnSpec.<Product>sortable(
                        "recurringPrice",
                        "Recurring (CHF)",
                        product -> product.recurringPrice().toString()),
                ColumnSpec.<Product>plain(
                        "period", "Period", product -> product.period().toString()),
                ColumnSpec.<Product>plain("attributes", "Attributes", Product::attributeSummary)
                        .width(260),
                ColumnSpec.<Product>plain("active", "Active", product -> product.active() ? "yes" : "no"),
                ColumnSpec.<Product>plain("description", "Description", Product::description)
                        .hidden());
    }

    public PagedTableViewModel<Product> table() {
        return table;
    }

    /** False while the connection is down. */
    public BooleanProperty enabledProperty() {
        return table.enabledProperty();
    }

    /** How the view shows a product form (a window in the console, a capture in tests). */
    public void setEditorOpener(Consumer<EditProductViewModel> openEditor) {
        this.openEditor = openEditor;
    }

    EditProductViewModel newProductForm() {
        EditProductViewModel form = new EditProductViewModel(catalog, tasks, dialogs);
        form.savedProperty().addListener((observable, old, stored) -> {
            table.selectedProperty().set(stored); // first: the refresh re-selects the row with this id
            table.refresh();
        });
        return form;
    }

    EditProductViewModel editSelectedForm() {
        EditProductViewModel form = newProductForm();
        form.load(table.selectedProperty().get());
        return form;
    }

    public Command newCommand() {
        return newProduct;
    }

    public Command editCommand() {
        return editProduct;
    }

    public Command refreshCommand() {
        return refresh;
    }

    /** Another console changed products: reload what is shown, keep the selection. */
    public void productsChanged() {
        table.refresh();
    }

    public StringBinding detailText() {
        return Bindings.createStringBinding(
                () -> {
                    Product product = table.selectedProperty().get();
                    if (product == null) {
                        return "Select a product to see its details.";
                    }
                    return product.name() + "\n" + product.kind().label() + (product.active() ? "" : " (inactive)")
                            + "\n\nOne-time: CHF " + product.oneTimePrice() + "\nRecurring: CHF "
                            + product.recurringPrice() + " " + product.period() + "\n"
                            + (product.attributeSummary().isEmpty() ? "" : "\n" + product.attributeSummary())
                            + (product.description().isEmpty() ? "" : "\n\n" + product.description());
                },
                table.selectedProperty());
    }
}
