package uncloud.app.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import uncloud.app.table.LibraryPaging;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.table.PagedSource;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.ReadRepository;
import uncloud.client.db.Repositories;
import uncloud.client.db.Sort;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Order;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VpnNetwork;

/** Customers and their holdings through client-lib's repositories, each holding filtered by customer. */
public final class DatabaseCustomerDirectory implements CustomerDirectory {
    private final Database database;

    public DatabaseCustomerDirectory(Database database) {
        this.database = database;
    }

    @Override
    public Page<Customer> fetch(PageQuery query) {
        return database.read(tx -> LibraryPaging.page(
                Repositories.customers().browse(tx, LibraryPaging.request(query, "name")), rows -> rows));
    }

    /** Both lookups in one read: the customer with the typed number first, then name matches by name. */
    @Override
    public List<Customer> matching(String text, int limit) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return database.read(tx -> {
            Map<Long, Customer> found = new LinkedHashMap<>();
            wholeNumber(typed)
                    .flatMap(id -> Repositories.customers().find(tx, id))
                    .ifPresent(customer -> found.put(customer.id(), customer));
            Repositories.customers()
                    .browse(
                            tx,
                            PageRequest.of(limit)
                                    .sortedBy(Sort.ascending("name"))
                                    .filteredBy(Filter.contains("name", typed)))
                    .items()
                    .forEach(customer -> found.putIfAbsent(customer.id(), customer));
            return found.values().stream().limit(limit).collect(Collectors.toList());
        });
    }

    private static Optional<Long> wholeNumber(String text) {
        if (!text.chars().allMatch(Character::isDigit) || text.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    @Override
    public Optional<BillingAddress> activeAddress(long customerId) {
        return database.read(tx -> Repositories.billingAddresses()
                .browse(
                        tx,
                        PageRequest.of(1)
                                .filteredBy(Filter.equalTo("customerId", customerId))
                                .filteredBy(Filter.equalTo("active", true)))
                .items()
                .stream()
                .findFirst());
    }

    @Override
    public PagedSource<Order> ordersOf(long customerId) {
        return owned(Repositories.orders(), customerId, Order::id);
    }

    @Override
    public PagedSource<Bill> billsOf(long customerId) {
        return owned(Repositories.bills(), customerId, Bill::id);
    }

    @Override
    public PagedSource<VpnNetwork> vpnNetworksOf(long customerId) {
        return owned(Repositories.vpnNetworks(), customerId, VpnNetwork::id);
    }

    @Override
    public PagedSource<Vm> vmsOf(long customerId) {
        return owned(Repositories.vms(), customerId, Vm::id);
    }

    private <T> PagedSource<T> owned(ReadRepository<T> repository, long customerId, ToLongFunction<T> id) {
        return new PagedSource<>() {
            @Override
            public Page<T> fetch(PageQuery query) {
                PageRequest request =
                        LibraryPaging.request(query, "id").filteredBy(Filter.equalTo("customerId", customerId));
                return database.read(tx -> LibraryPaging.page(repository.browse(tx, request), rows -> rows));
            }

            @Override
            public Object idOf(T row) {
                return id.applyAsLong(row);
            }
        };
    }
}
