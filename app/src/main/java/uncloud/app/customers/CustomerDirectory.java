package uncloud.app.customers;

import java.util.Optional;
import uncloud.app.table.PagedSource;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Order;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VpnNetwork;

/**
 * Customers and what they hold. The customer list sorts by {@code name} or {@code id}, the filter
 * matches the name; each holding is paged newest first. Pickers find customers by name or number.
 */
public interface CustomerDirectory extends PagedSource<Customer>, CustomerSearch {
    Optional<BillingAddress> activeAddress(long customerId);

    PagedSource<Order> ordersOf(long customerId);

    PagedSource<Bill> billsOf(long customerId);

    PagedSource<VpnNetwork> vpnNetworksOf(long customerId);

    PagedSource<Vm> vmsOf(long customerId);

    @Override
    default Object idOf(Customer row) {
        return row.id();
    }
}
