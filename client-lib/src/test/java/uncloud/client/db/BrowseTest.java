package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.ValidationException;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.testing.TestDatabase;

/** Keyset pages: every sort order walks all rows exactly once, forwards and backwards, whatever is inserted. */
class BrowseTest {
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    static TestDatabase testDb;
    static Database db;
    static List<Order> orders = new ArrayList<>();
    static List<Customer> customers = new ArrayList<>();

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        Random random = new Random(7);
        String[] names = {"Anna Müller", "Beat Keller", "Chloé Dubois", "Anna Meier", "Jonas Weber"};
        db.runInTransaction("staff", tx -> {
            for (int i = 0; i < names.length; i++) {
                customers.add(Repositories.customers().insert(tx, Customer.create("c" + i, names[i], null, false)));
            }
            for (int i = 0; i < 120; i++) {
                // few distinct start times and prices, so ties must be broken by id
                Instant start = BASE.plus(Duration.ofDays(random.nextInt(20)));
                Order order = Order.create(
                        customers.get(random.nextInt(names.length)).id(),
                        null,
                        "order " + i + (i % 10 == 0 ? " with disk" : ""),
                        Money.of(String.valueOf(random.nextInt(3) * 10)),
                        Money.of(String.valueOf(random.nextInt(4) * 5)),
                        RecurringPeriod.PER_MONTH,
                        start);
                Order stored = Repositories.orders().insert(tx, order);
                if (random.nextInt(3) == 0) {
                    stored = Repositories.orders()
                            .update(tx, stored.withEndsAt(start.plus(Duration.ofDays(random.nextInt(5)))));
                }
                orders.add(stored);
            }
        });
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static List<Long> walkForward(PageRequest first) {
        List<Long> ids = new ArrayList<>();
        Page<Order> page = db.read(tx -> Repositories.orders().browse(tx, first));
        page.items().forEach(o -> ids.add(o.id()));
        while (page.hasNext()) {
            PageRequest next = first.after(page.endCursor());
            page = db.read(tx -> Repositories.orders().browse(tx, next));
            page.items().forEach(o -> ids.add(o.id()));
        }
        return ids;
    }

    static List<Long> walkBackward(PageRequest first) {
        List<Long> ids = new ArrayList<>();
        Page<Order> page = db.read(tx -> Repositories.orders().browse(tx, first.last()));
        ids.addAll(0, page.items().stream().map(Order::id).toList());
        while (page.hasPrevious()) {
            PageRequest previous = first.before(page.startCursor());
            page = db.read(tx -> Repositories.orders().browse(tx, previous));
            ids.addAll(0, page.items().stream().map(Order::id).toList());
        }
        return ids;
    }

    static List<Long> expected(Comparator<Order> order, java.util.function.Predicate<Order> filter) {
        return orders.stream().filter(filter).sorted(order).map(Order::id).toList();
    }

    static <U extends Comparable<U>> Comparator<Order> nullsLast(Function<Order, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    @Test
    void sortingByStartThenIdWalksEveryRowOnceInBothDirections() {
        PageRequest request = PageRequest.of(7).sortedBy(Sort.ascending("startsAt"));
        List<Long> expected = expected(Comparator.comparing(Order::startsAt).thenComparing(Order::id), o -> true);

        assertThat(walkForward(request)).isEqualTo(expected);
        assertThat(walkBackward(request)).isEqualTo(expected);
    }

    @Test
    void aNullableColumnSortsItsNullsLastAscendingAndFirstDescending() {
        PageRequest ascending = PageRequest.of(9).sortedBy(Sort.ascending("endsAt"));
        PageRequest descending = PageRequest.of(9).sortedBy(Sort.descending("endsAt"));
        Comparator<Order> byEnd = nullsLast(Order::endsAt).thenComparing(Order::id);

        assertThat(walkForward(ascending)).isEqualTo(expected(byEnd, o -> true));
        assertThat(walkBackward(ascending)).isEqualTo(expected(byEnd, o -> true));
        assertThat(walkForward(descending)).isEqualTo(expected(byEnd.reversed(), o -> true));
    }

    @Test
    void mixedDirectionsOnSeveralColumnsKeepTheirOrderAcrossPages() {
        PageRequest request = PageRequest.of(11)
                .sortedBy(
                        Sort.descending("recurringPrice"), Sort.ascending("oneTimePrice"), Sort.ascending("startsAt"));
        Comparator<Order> order = Comparator.comparing(Order::recurringPrice)
                .reversed()
                .thenComparing(Order::oneTimePrice)
                .thenComparing(Order::startsAt)
                .thenComparing(Order::id);

        assertThat(walkForward(request)).isEqualTo(expected(order, o -> true));
        assertThat(walkBackward(request)).isEqualTo(expected(order, o -> true));
    }

    @Test
    void filtersCombineTextRangeEqualityAndNullOnSeveralColumns() {
        Instant from = BASE.plus(Duration.ofDays(5));
        Instant to = BASE.plus(Duration.ofDays(12));
        PageRequest request = PageRequest.of(5)
                .sortedBy(Sort.ascending("customerName"), Sort.descending("startsAt"))
                .filteredBy(Filter.contains("customerName", "anna m"))
                .filteredBy(Filter.between("startsAt", from, to))
                .filteredBy(Filter.isNull("endsAt", true))
                .filteredBy(Filter.between("recurringPrice", Money.of("5"), null));
        java.util.Map<Long, String> nameOf = new java.util.HashMap<>();
        customers.forEach(c -> nameOf.put(c.id(), c.name()));
        Comparator<Order> order = Comparator.comparing((Order o) -> nameOf.get(o.customerId()))
                .thenComparing(Comparator.comparing(Order::startsAt)
                        .thenComparing(Order::id)
                        .reversed());

        List<Long> expected = expected(
                order,
                o -> nameOf.get(o.customerId()).toLowerCase().contains("anna m")
                        && !o.startsAt().isBefore(from)
                        && !o.startsAt().isAfter(to)
                        && o.endsAt() == null
                        && o.recurringPrice().compareTo(Money.of("5")) >= 0);

        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(walkForward(request)).isEqualTo(expected);
    }

    @Test
    void containsTreatsLikeWildcardsAsPlainText() {
        PageRequest percent = PageRequest.of(10).filteredBy(Filter.contains("description", "%"));
        PageRequest disk = PageRequest.of(100).filteredBy(Filter.contains("description", "WITH DISK"));

        assertThat(walkForward(percent)).isEmpty();
        assertThat(walkForward(disk))
                .isEqualTo(expected(
                        Comparator.comparing(Order::id), o -> o.description().endsWith("with disk")));
    }

    @Test
    void aPageAfterACursorStaysTheSameWhenRowsAreInsertedBeforeIt() {
        PageRequest first = PageRequest.of(10).sortedBy(Sort.ascending("startsAt"));
        Page<Order> page1 = db.read(tx -> Repositories.orders().browse(tx, first));
        Page<Order> page2 = db.read(tx -> Repositories.orders().browse(tx, first.after(page1.endCursor())));

        Customer customer = customers.get(0);
        db.runInTransaction("staff", tx -> {
            for (int i = 0; i < 5; i++) {
                orders.add(Repositories.orders()
                        .insert(
                                tx,
                                Order.create(
                                        customer.id(),
                                        null,
                                        "early " + i,
                                        Money.ZERO,
                                        Money.ZERO,
                                        RecurringPeriod.PER_MONTH,
                                        BASE.minusSeconds(i + 1))));
            }
        });
        Page<Order> page2Again = db.read(tx -> Repositories.orders().browse(tx, first.after(page1.endCursor())));
        Page<Order> newFirst = db.read(tx -> Repositories.orders().browse(tx, first));

        assertThat(page2Again.items()).isEqualTo(page2.items());
        assertThat(newFirst.items().subList(0, 5))
                .extracting(Order::description)
                .containsExactly("early 4", "early 3", "early 2", "early 1", "early 0");
    }

    @Test
    void browsingWithoutATransactionGivesTheSamePagesAsInsideOne() {
        PageRequest request = PageRequest.of(10)
                .sortedBy(Sort.descending("customerName"), Sort.ascending("endsAt"))
                .filteredBy(Filter.contains("description", "order"));
        Page<Order> inTransaction = db.read(tx -> Repositories.orders().browse(tx, request));

        Page<Order> direct = db.browse(Repositories.orders(), request);
        Page<Order> next = db.browse(Repositories.orders(), request.after(direct.endCursor()));

        assertThat(direct).isEqualTo(inTransaction);
        assertThat(next.items()).doesNotContainAnyElementsOf(direct.items()).hasSize(10);
    }

    @Test
    void aJumpStartsAtTheFirstRowReachingTheGivenValue() {
        Instant day10 = BASE.plus(Duration.ofDays(10));
        PageRequest request = PageRequest.of(3).sortedBy(Sort.ascending("startsAt"));

        Page<Order> page = db.read(tx -> Repositories.orders().browse(tx, request.after(Cursor.at(day10))));

        List<Long> expected = expected(
                Comparator.comparing(Order::startsAt).thenComparing(Order::id),
                o -> !o.startsAt().isBefore(day10));
        assertThat(page.items()).extracting(Order::id).isEqualTo(expected.subList(0, 3));
    }

    @Test
    void aPageAfterAJumpKnowsWhetherRowsLieBeforeItAndAPageBeforeOneWhetherRowsFollow() {
        PageRequest all = PageRequest.of(3).sortedBy(Sort.ascending("startsAt"));
        PageRequest annas = all.filteredBy(Filter.contains("customerName", "anna m"));
        java.util.Map<Long, String> nameOf = new java.util.HashMap<>();
        customers.forEach(c -> nameOf.put(c.id(), c.name()));
        for (int day = -1; day <= 21; day++) {
            Instant at = BASE.plus(Duration.ofDays(day));
            for (PageRequest request : List.of(all, annas)) {
                java.util.function.Predicate<Order> shown = request == all
                        ? o -> true
                        : o -> nameOf.get(o.customerId()).toLowerCase().contains("anna m");
                Page<Order> after = db.browse(Repositories.orders(), request.after(Cursor.at(at)));
                Page<Order> before = db.browse(Repositories.orders(), request.before(Cursor.at(at)));

                assertThat(after.hasPrevious())
                        .as("rows before %s", at)
                        .isEqualTo(orders.stream()
                                .anyMatch(o -> shown.test(o) && o.startsAt().isBefore(at)));
                assertThat(before.hasNext())
                        .as("rows after %s", at)
                        .isEqualTo(orders.stream()
                                .anyMatch(o -> shown.test(o) && o.startsAt().isAfter(at)));
            }
        }
    }

    @Test
    void pagesBeyondTheFirstAndLastRowAreEmptyAndPointBackToTheRows() {
        PageRequest request = PageRequest.of(4).sortedBy(Sort.ascending("startsAt"));
        Cursor firstRow = db.browse(Repositories.orders(), request).startCursor();
        Cursor lastRow = db.browse(Repositories.orders(), request.last()).endCursor();

        Page<Order> beforeFirst = db.browse(Repositories.orders(), request.before(firstRow));
        Page<Order> afterFirst = db.browse(Repositories.orders(), request.after(firstRow));
        Page<Order> afterLast = db.browse(Repositories.orders(), request.after(lastRow));
        Page<Order> beforeLast = db.browse(Repositories.orders(), request.before(lastRow));

        assertThat(beforeFirst).isEqualTo(new Page<Order>(List.of(), null, null, false, true));
        assertThat(afterLast).isEqualTo(new Page<Order>(List.of(), null, null, true, false));
        assertThat(List.of(afterFirst.hasPrevious(), afterFirst.hasNext())).containsExactly(true, true);
        assertThat(List.of(beforeLast.hasPrevious(), beforeLast.hasNext())).containsExactly(true, true);
    }

    @Test
    void onANullableDescendingSortTheNullsCountAsTheRowsBeforeAnyValue() {
        PageRequest request = PageRequest.of(3).sortedBy(Sort.descending("endsAt"));
        Instant latestEnd = orders.stream()
                .map(Order::endsAt)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();

        Page<Order> fromTheLatestEnd = db.browse(Repositories.orders(), request.after(Cursor.at(latestEnd)));
        Page<Order> beforeTheNulls = db.browse(
                Repositories.orders(),
                request.filteredBy(Filter.isNull("endsAt", false)).after(Cursor.at(latestEnd)));
        Page<Order> fromBeyondTheLatestEnd =
                db.browse(Repositories.orders(), request.after(Cursor.at(latestEnd.plusSeconds(1))));

        assertThat(orders).anyMatch(o -> o.endsAt() == null);
        assertThat(fromTheLatestEnd.hasPrevious()).isTrue();
        assertThat(beforeTheNulls.hasPrevious()).isFalse();
        assertThat(fromBeyondTheLatestEnd.hasPrevious()).isTrue();
        assertThat(fromBeyondTheLatestEnd.items().get(0).endsAt()).isEqualTo(latestEnd);
    }

    @Test
    void anUnknownColumnOrAWronglyTypedValueIsAValidationError() {
        ValidationException unknown = assertThrows(
                ValidationException.class,
                () -> db.read(
                        tx -> Repositories.orders().browse(tx, PageRequest.of(5).sortedBy(Sort.ascending("price")))));
        ValidationException wrongType = assertThrows(
                ValidationException.class,
                () -> db.read(tx -> Repositories.orders()
                        .browse(tx, PageRequest.of(5).filteredBy(Filter.equalTo("startsAt", "2025-01-01")))));

        assertThat(unknown.getMessage()).startsWith("orders has no column price; known: id, customerId");
        assertThat(wrongType.getMessage()).isEqualTo("a filter on startsAt needs a Instant, not String 2025-01-01");
    }

    @Test
    void everyRepositoryCanBrowseItsFirstAndLastPageSortedByEachColumn() {
        for (ReadRepository<?> repository : Repositories.all()) {
            for (ColumnInfo column : repository.columns()) {
                PageRequest request = PageRequest.of(3).sortedBy(Sort.descending(column.name()));
                db.read(tx -> repository.browse(tx, request));
                Page<?> last = db.read(tx -> repository.browse(tx, request.last()));
                if (last.startCursor() != null) {
                    db.read(tx -> repository.browse(tx, request.before(last.startCursor())));
                }
            }
        }
        assertThat(Collections.frequency(
                        Repositories.all().stream().map(ReadRepository::table).toList(), "orders"))
                .isEqualTo(1);
    }
}
