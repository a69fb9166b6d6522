package uncloud.app.customers;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskRunner;
import uncloud.app.table.ColumnSpec;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.table.PagedSource;
import uncloud.app.table.PagedTableViewModel;
import uncloud.app.table.SortOrder;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Order;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VpnNetwork;

/**
 * The Customers area: the paged customer list; for the selected customer the active billing address
 * and tabs of their orders, bills, VPN networks and VMs, each a paged table of its own.
 */
public final class CustomersViewModel {
    private final CustomerDirectory directory;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final PagedTableViewModel<Customer> customers;
    private final PagedTableViewModel<Order> orders;
    private final PagedTableViewModel<Bill> bills;
    private final PagedTableViewModel<VpnNetwork> vpnNetworks;
    private final PagedTableViewModel<Vm> vms;
    private final SimpleStringProperty address = new SimpleStringProperty("");
    private final Command refresh;

    public CustomersViewModel(CustomerDirectory directory, TaskRunner tasks, DialogService dialogs) {
        this.directory = directory;
        this.tasks = tasks;
        this.dialogs = dialogs;
        customers = new PagedTableViewModel<>(
                directory,
                List.of(
                        ColumnSpec.<Customer>sortable("id", "Id", customer -> String.valueOf(customer.id())),
                        ColumnSpec.<Customer>sortable("name", "Name", Customer::name)
                                .width(180),
                        ColumnSpec.<Customer>plain("ldapUid", "LDAP uid", Customer::ldapUid),
                        ColumnSpec.<Customer>plain(
                                        "email",
                                        "E-mail",
                                        customer -> Optional.ofNullable(customer.email())
                                                .orElse(""))
                                .width(200),
                        ColumnSpec.<Customer>plain("staff", "Staff", customer -> customer.staff() ? "yes" : "")),
                new SortOrder("name", true),
                tasks,
                dialogs);
        orders = holding(
                directory::ordersOf,
                List.of(
                        ColumnSpec.<Order>sortable("id", "Id", order -> String.valueOf(order.id())),
                        ColumnSpec.<Order>plain("description", "Description", Order::description)
                                .width(200),
                        ColumnSpec.<Order>plain(
                                "recurringPrice",
                                "Recurring (CHF)",
                                order -> order.recurringPrice().toString()),
                        ColumnSpec.<Order>plain(
                                "endsAt",
                                "Ends",
                                order -> order.endsAt() == null
                                        ? "open"
                                        : order.endsAt().toString())));
        bills = holding(
                directory::billsOf,
                List.of(
                        ColumnSpec.<Bill>sortable("id", "Id", bill -> String.valueOf(bill.id())),
                        ColumnSpec.<Bill>plain(
                                "number", "Number", bill -> bill.number() == null ? "" : String.valueOf(bill.number())),
                        ColumnSpec.<Bill>plain(
                                "status", "Status", bill -> bill.status().toString()),
                        ColumnSpec.<Bill>plain(
                                "total", "Total (CHF)", bill -> bill.total().toString())));
        vpnNetworks = holding(
                directory::vpnNetworksOf,
                List.of(
                        ColumnSpec.<VpnNetwork>sortable("id", "Id", network -> String.valueOf(network.id())),
                        ColumnSpec.<VpnNetwork>plain("network", "Network", VpnNetwork::network)
                                .width(220)));
        vms = holding(
                directory::vmsOf,
                List.of(
                        ColumnSpec.<Vm>sortable("id", "Id", vm -> String.format("%010x", vm.id())),
                        ColumnSpec.<Vm>plain("name", "Name", Vm::name).width(160),
                        ColumnSpec.<Vm>plain("cores", "Cores", vm -> String.valueOf(vm.cores())),
                        ColumnSpec.<Vm>plain(
                                "desiredState", "State", vm -> vm.desiredState().toString())));
        customers.selectedProperty().addListener((observable, old, now) -> customerSelected(now));
        refresh = new Command(customers::refresh, customers.enabledProperty());
        for (PagedTableViewModel<?> holding : List.of(orders, bills, vpnNetworks, vms)) {
            holding.enabledProperty().bind(customers.enabledProperty());
        }
    }

    /** A holding's table: empty until a customer is selected, then that customer's rows. */
    private <T> PagedTableViewModel<T> holding(Function<Long, PagedSource<T>> of, List<ColumnSpec<T>> columns) {
        PagedSource<T> ofSelected = new PagedSource<>() {
            @Override
            public Page<T> fetch(PageQuery query) {
                Customer customer = customers.selectedProperty().get();
                return customer == null
                        ? new Page<>(List.of(), Optional.empty())
                        : of.apply(customer.id()).fetch(query);
            }

            @Override
            public Object idOf(T row) {
                Customer customer = customers.selectedProperty().get();
                return customer == null ? row : of.apply(customer.id()).idOf(row);
            }
        };
        return new PagedTableViewModel<>(ofSelected, columns, new SortOrder("id", false), tasks, dialogs);
    }

    private void customerSelected(Customer customer) {
        List.of(orders, bills, vpnNetworks, vms).forEach(PagedTableViewModel::reload);
        if (customer == null) {
            address.set("");
            return;
        }
        long id = customer.id();
        tasks.run(BackgroundTask.of("Load billing address", progress -> directory.activeAddress(id))
                .onSuccess(found ->
                        address.set(found.map(CustomersViewModel::format).orElse("No active billing address.")))
                .onError(failure -> address.set("Billing address not available: " + failure.getMessage())));
    }

    static String format(BillingAddress address) {
        return address.fullName()
                + (address.organization() == null || address.organization().isBlank()
                        ? ""
                        : "\n" + address.organization())
                + "\n" + address.street() + "\n" + address.postalCode() + " " + address.city() + "\n"
                + address.country();
    }

    public PagedTableViewModel<Customer> customers() {
        return customers;
    }

    public PagedTableViewModel<Order> orders() {
        return orders;
    }

    public PagedTableViewModel<Bill> bills() {
        return bills;
    }

    public PagedTableViewModel<VpnNetwork> vpnNetworks() {
        return vpnNetworks;
    }

    public PagedTableViewModel<Vm> vms() {
        return vms;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public BooleanProperty enabledProperty() {
        return customers.enabledProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }
}
