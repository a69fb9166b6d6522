package uncloud.client.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.Replacement;

/**
 * Turns orders and a month into bills, by the billing rules of DESIGN.md: one record per order active
 * in the month, its period cut to the month, the recurring price prorated by the second (record
 * seconds counted inclusively, calendar periods in real seconds of the zone), the one-time price on the
 * bill of the month the order starts, each record rounded half-up to the cent, VAT on the subtotal.
 *
 * <p>Pure and thread-safe: no I/O; the clock only answers "which month is now".
 */
public final class BillCalculator {
    private final Clock clock;
    private final ZoneId zone;

    public BillCalculator(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public BillingMonth month(YearMonth month) {
        return BillingMonth.of(month, zone);
    }

    public BillingMonth currentMonth() {
        return BillingMonth.containing(clock.instant(), zone);
    }

    /**
     * The bill of one customer for {@code month}, or empty when none of the orders is billed in that
     * month. The orders must all belong to {@code customerId}.
     */
    public Optional<MonthlyBill> billFor(
            long customerId, Collection<Order> orders, YearMonth month, BigDecimal vatRate) {
        BillingMonth billingMonth = month(month);
        List<BillLine> records = new ArrayList<>();
        for (Order order : sortedById(orders)) {
            if (order.customerId() != customerId) {
                throw new IllegalArgumentException(
                        "order " + order.id() + " belongs to customer " + order.customerId() + ", not " + customerId);
            }
            recordFor(order, billingMonth).ifPresent(records::add);
        }
        return records.isEmpty()
                ? Optional.empty()
                : Optional.of(MonthlyBill.of(customerId, billingMonth, records, vatRate));
    }

    /** The bills of every customer with an order billed in {@code month}, sorted by customer id. */
    public List<MonthlyBill> bills(
            Collection<Order> orders, YearMonth month, LongFunction<BigDecimal> vatRateOfCustomer) {
        Map<Long, List<Order>> byCustomer = new TreeMap<>();
        for (Order order : orders) {
            byCustomer
                    .computeIfAbsent(order.customerId(), id -> new ArrayList<>())
                    .add(order);
        }
        List<MonthlyBill> bills = new ArrayList<>();
        byCustomer.forEach((customerId, customerOrders) -> billFor(
                        customerId, customerOrders, month, vatRateOfCustomer.apply(customerId))
                .ifPresent(bills::add));
        return bills;
    }

    /**
     * The bill of one customer for {@code month} as it would be after {@code replacement}: the old
     * order with its new end, the planned order (id {@link Order#UNSAVED}) added. Writes nothing.
     */
    public Optional<MonthlyBill> previewWith(
            long customerId, Collection<Order> orders, Replacement replacement, YearMonth month, BigDecimal vatRate) {
        List<Order> planned = new ArrayList<>();
        for (Order order : orders) {
            planned.add(order.id() == replacement.endedOrder().id() ? replacement.endedOrder() : order);
        }
        planned.add(replacement.newOrder());
        return billFor(customerId, planned, month, vatRate);
    }

    /** The record of {@code order} on the bill of {@code month}, or empty when it is not billed there. */
    public Optional<BillLine> recordFor(Order order, BillingMonth month) {
        boolean startsInMonth = month.contains(order.startsAt());
        if (order.recurringPeriod() == RecurringPeriod.ONE_TIME && !startsInMonth) {
            return Optional.empty(); // exactly one record in total, on the bill of its start month
        }
        Instant from = latest(order.startsAt(), month.firstSecond());
        Instant to = order.endsAt() == null ? month.lastSecond() : earliest(order.endsAt(), month.lastSecond());
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        Money oneTime = startsInMonth ? order.oneTimePrice() : Money.ZERO;
        Money recurring = Money.ZERO;
        if (order.recurringPeriod().isRecurring()) {
            long recordSeconds = to.getEpochSecond() - from.getEpochSecond() + 1;
            long periodSeconds = order.recurringPeriod().secondsOn(month.month(), zone);
            recurring = order.recurringPrice().prorate(recordSeconds, periodSeconds);
        }
        return Optional.of(new BillLine(order.id(), from, to, oneTime, recurring));
    }

    private static List<Order> sortedById(Collection<Order> orders) {
        List<Order> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparingLong(Order::id));
        return sorted;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
