package uncloud.app.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uncloud.app.customers.CustomerDirectory;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.app.table.PagedSource;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VpnNetwork;

/** Customers in memory: customer n has n orders and an address in Zurich when n is odd. */
public final class InMemoryCustomerDirectory implements CustomerDirectory {
    private final List<Customer> customers = new ArrayList<>();
    private final List<String> searches = new java.util.concurrent.CopyOnWriteArrayList<>();

    public InMemoryCustomerDirectory(String... names) {
        for (int i = 0; i < names.length; i++) {
            customers.add(new Customer(i + 1, "uid" + (i + 1), names[i], null, false, null, null, 0));
        }
    }

    @Override
    public Page<Customer> fetch(PageQuery query) {
        String filter = query.filter().toLowerCase(Locale.ROOT);
        return new Page<>(
                customers.stream()
                        .filter(customer ->
                                customer.name().toLowerCase(Locale.ROOT).contains(filter))
                        .collect(Collectors.toList()),
                Optional.empty());
    }

    /** Counts the searches, so tests see which keystrokes reached the "server". */
    @Override
    public List<Customer> matching(String text, int limit) {
        searches.add(text);
        String typed = text.strip().toLowerCase(Locale.ROOT);
        List<Customer> found = new ArrayList<>();
        customers.stream()
                .filter(customer -> String.valueOf(customer.id()).equals(typed))
                .forEach(found::add);
        customers.stream()
                .filter(customer -> customer.name().toLowerCase(Locale.ROOT).contains(typed))
                .filter(customer -> !found.contains(customer))
                .sorted(java.util.Comparator.comparing(Customer::name))
                .forEach(found::add);
        return found.stream().limit(limit).collect(Collectors.toList());
    }

    /** The texts {@link #matching} was asked for, in order. */
    public List<String> searches() {
        return searches;
    }

    @Override
    public Optional<BillingAddress> activeAddress(long customerId) {
        return customerId % 2 == 1
                ? Optional.of(new BillingAddress(
                        customerId,
                        customerId,
                        "Customer " + customerId,
                        null,
                        "Bahnhofstrasse 1",
                        "8001",
                        "Zürich",
                        "CH",
                        true,
                        null,
                        null,
                        0))
                : Optional.empty();
    }

    @Override
    public PagedSource<Order> ordersOf(long customerId) {
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= customerId; i++) {
            orders.add(new Order(
                    customerId * 100 + i,
                    customerId,
                    null,
                    "order " + i,
                    Money.ZERO,
                    Money.of("5.00"),
                    RecurringPeriod.PER_MONTH,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    null,
                    null,
                    null,
                    null,
                    0));
        }
        return fixed(orders, Order::id);
    }

    @Override
    public PagedSource<Bill> billsOf(long customerId) {
        return fixed(List.of(), Bill::id);
    }

    @Override
    public PagedSource<VpnNetwork> vpnNetworksOf(long customerId) {
        return fixed(List.of(), VpnNetwork::id);
    }

    @Override
    public PagedSource<Vm> vmsOf(long customerId) {
        return fixed(List.of(), Vm::id);
    }

    private static <T> PagedSource<T> fixed(List<T> rows, java.util.function.Function<T, Long> id) {
        return new PagedSource<>() {
            @Override
            public Page<T> fetch(PageQuery query) {
                return new Page<>(rows, Optional.empty());
            }

            @Override
            public Object idOf(T row) {
                return id.apply(row);
            }
        };
    }
}
