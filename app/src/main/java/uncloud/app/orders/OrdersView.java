package uncloud.app.orders;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.MasterDetail;
import uncloud.app.main.Area;
import uncloud.app.table.PagedTable;

/** Orders: the paged list with place/end/replace, and the selected order's replacement chain. */
public final class OrdersView implements Area {
    private final OrdersViewModel viewModel;
    private PagedTable<OrderRow> table;
    private SplitPane view;

    public OrdersView(OrdersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String title() {
        return "Orders";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SHOPPING_CART;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            viewModel.setFormOpener(form -> {
                OrderFormDialog dialog = new OrderFormDialog(view.getScene().getWindow(), form);
                form.storedProperty().addListener((observable, old, stored) -> dialog.close());
                dialog.show();
            });
            viewModel.table().reload();
        }
        return view;
    }

    private SplitPane createView() {
        table = new PagedTable<>(viewModel.table());
        table.table().setId("orders-table");
        Button place = ActionFactory.button(ConsoleAction.PLACE_ORDER, viewModel.placeCommand());
        place.setId("place-order");
        Button end = ActionFactory.button(ConsoleAction.END_ORDER, viewModel.endCommand());
        end.setId("end-order");
        Button replace = ActionFactory.button(ConsoleAction.REPLACE_ORDER, viewModel.replaceCommand());
        replace.setId("replace-order");
        table.addActions(place, end, replace);

        ListView<OrderRow> chain = new ListView<>(viewModel.replacementChain());
        chain.setId("replacement-chain");
        chain.setPlaceholder(new Label("Select an order."));
        chain.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderRow order, boolean empty) {
                super.updateItem(order, empty);
                setText(
                        empty || order == null
                                ? null
                                : "#" + order.id() + "  CHF " + order.recurringPrice() + " " + order.period()
                                        + (order.isOpen() ? "  (open)" : "  (ended)"));
            }
        });
        return MasterDetail.split(table, MasterDetail.detailPane("Replacement chain", chain), 0.72);
    }

    @Override
    public Command newCommand() {
        return viewModel.placeCommand();
    }

    @Override
    public Map<ConsoleAction, Command> shortcuts() {
        return Map.of(
                ConsoleAction.END_ORDER,
                viewModel.endCommand(),
                ConsoleAction.REPLACE_ORDER,
                viewModel.replaceCommand());
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
