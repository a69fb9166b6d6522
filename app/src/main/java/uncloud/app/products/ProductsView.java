package uncloud.app.products;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.MasterDetail;
import uncloud.app.main.Area;
import uncloud.app.table.PagedTable;

/** Products: the paged list on the left, the selected product's details on the right. */
public final class ProductsView implements Area {
    private final ProductsViewModel viewModel;
    private PagedTable<Product> table;
    private SplitPane view;

    public ProductsView(ProductsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String title() {
        return "Products";
    }

    @Override
    public Ikon icon() {
        return Material2AL.CATEGORY;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            initListeners();
            viewModel.table().reload();
        }
        return view;
    }

    private SplitPane createView() {
        table = new PagedTable<>(viewModel.table());
        table.table().setId("products-table");
        Button add = ActionFactory.button(ConsoleAction.NEW, viewModel.newCommand());
        add.setId("new-product");
        Button edit = ActionFactory.button(ConsoleAction.EDIT, viewModel.editCommand());
        edit.setId("edit-product");
        table.addActions(add, edit);

        Label details = new Label();
        details.setId("product-details");
        details.setWrapText(true);
        details.textProperty().bind(viewModel.detailText());
        return MasterDetail.split(table, MasterDetail.detailPane("Details", details), 0.7);
    }

    private void initListeners() {
        table.table().setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.editCommand().execute();
            }
        });
        viewModel.setEditorOpener(form -> {
            EditProductDialog dialog = new EditProductDialog(view.getScene().getWindow(), form);
            form.savedProperty().addListener((observable, old, saved) -> dialog.close());
            dialog.show();
        });
    }

    @Override
    public Command newCommand() {
        return viewModel.newCommand();
    }

    @Override
    public Command refreshCommand() {
        return viewModel.refreshCommand();
    }

    @Override
    public void focusFilter() {
        table.focusFilter();
    }
}
