package uncloud.app.customers;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import uncloud.app.common.Command;
import uncloud.app.common.MasterDetail;
import uncloud.app.main.Area;
import uncloud.app.table.PagedTable;
import uncloud.client.domain.Customer;

/** Customers: the paged list; the selected customer's billing address and holdings in tabs. */
public final class CustomersView implements Area {
    private final CustomersViewModel viewModel;
    private final Command none = new Command(() -> {}, new SimpleBooleanProperty(false));
    private PagedTable<Customer> table;
    private SplitPane view;

    public CustomersView(CustomersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public String title() {
        return "Customers";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PEOPLE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
            viewModel.customers().reload();
        }
        return view;
    }

    private SplitPane createView() {
        table = new PagedTable<>(viewModel.customers());
        table.table().setId("customers-table");
        Label address = new Label();
        address.setId("customer-address");
        address.textProperty().bind(viewModel.addressProperty());
        TabPane holdings = new TabPane(
                tab("Orders", holding("customer-orders", new PagedTable<>(viewModel.orders()))),
                tab("Bills", holding("customer-bills", new PagedTable<>(viewModel.bills()))),
                tab("VPN networks", holding("customer-vpn-networks", new PagedTable<>(viewModel.vpnNetworks()))),
                tab("VMs", holding("customer-vms", new PagedTable<>(viewModel.vms()))));
        holdings.setId("customer-holdings");
        VBox detail = MasterDetail.detailPane("Billing address", address, holdings);
        VBox.setVgrow(holdings, Priority.ALWAYS);
        return MasterDetail.split(table, detail, 0.5);
    }

    private static Node holding(String id, PagedTable<?> table) {
        table.table().setId(id);
        // one customer's holdings are few; the text filter (a "contains") has no column to match here
        table.filterField().setVisible(false);
        table.filterField().setManaged(false);
        return table;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** Customers are created by their first login (LDAP), not here. */
    @Override
    public Command newCommand() {
        return none;
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
