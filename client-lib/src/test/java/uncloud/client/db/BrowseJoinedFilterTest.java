package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.domain.Order;
import uncloud.client.domain.Vm;
import uncloud.client.sample.SampleData;
import uncloud.client.testing.TestDatabase;

/**
 * A text filter on a joined column (the customer's name, the product's name, the host's name) is answered by
 * finding the matching parents first; the pages must hold exactly the rows, in exactly the order, that joining
 * the parent and testing its column row by row gives.
 */
class BrowseJoinedFilterTest {
    static TestDatabase testDb;
    static Database db;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        SampleData.populate(db, 11, 120);
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    /** The rows the former SQL gave: the parent joined, its column tested with ILIKE, the sort written out. */
    static List<Long> joinedThenTested(String sql, String text) {
        return db.read(tx -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = tx.connection().prepareStatement(sql)) {
                st.setString(1, "%" + text + "%");
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    static <T> List<Long> forward(ReadRepository<T> repository, PageRequest first, ToLongFunction<T> id) {
        List<Long> ids = new ArrayList<>();
        Page<T> page = db.browse(repository, first);
        page.items().forEach(row -> ids.add(id.applyAsLong(row)));
        while (page.hasNext()) {
            page = db.browse(repository, first.after(page.endCursor()));
            page.items().forEach(row -> ids.add(id.applyAsLong(row)));
        }
        return ids;
    }

    static <T> List<Long> backward(ReadRepository<T> repository, PageRequest first, ToLongFunction<T> id) {
        List<Long> ids = new ArrayList<>();
        Page<T> page = db.browse(repository, first.last());
        ids.addAll(0, page.items().stream().map(id::applyAsLong).toList());
        while (page.hasPrevious()) {
            page = db.browse(repository, first.before(page.startCursor()));
            ids.addAll(0, page.items().stream().map(id::applyAsLong).toList());
        }
        return ids;
    }

    /** The most common last word of the customers' names, in capitals (the filter ignores case). */
    static String surname() {
        return db.read(tx -> {
            try (PreparedStatement st = tx.connection()
                            .prepareStatement("select substring(name from '[^ ]+$') from customer"
                                    + " group by 1 order by count(*) desc, 1 limit 1");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1).toUpperCase();
            }
        });
    }

    @Test
    void ordersFilteredByASurnameArePagedInStartOrderAsTheJoinGaveThem() {
        String surname = surname();
        PageRequest request = PageRequest.of(4)
                .sortedBy(Sort.ascending("startsAt"))
                .filteredBy(Filter.contains("customerName", surname));
        List<Long> expected = joinedThenTested(
                "select t.id from orders t join customer c on c.id = t.customer_id where c.name ilike ?"
                        + " order by t.starts_at, t.id",
                surname);

        assertThat(expected).hasSizeGreaterThan(8);
        assertThat(forward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
        assertThat(backward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
    }

    @Test
    void ordersSortedByTheCustomerNameTheyAreFilteredOnKeepTheJoinedOrder() {
        String surname = surname();
        PageRequest request = PageRequest.of(5)
                .sortedBy(Sort.descending("customerName"), Sort.ascending("endsAt"))
                .filteredBy(Filter.contains("customerName", surname));
        // the id follows the last key's direction
        List<Long> expected = joinedThenTested(
                "select t.id from orders t join customer c on c.id = t.customer_id where c.name ilike ?"
                        + " order by c.name desc, t.ends_at, t.id",
                surname);

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(forward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
        assertThat(backward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
    }

    @Test
    void ordersFilteredByAProductNameLeaveOutOrdersWithoutAProductAsTheLeftJoinDid() {
        PageRequest request = PageRequest.of(7)
                .sortedBy(Sort.descending("startsAt"))
                .filteredBy(Filter.contains("productName", "vm"));
        List<Long> expected = joinedThenTested(
                "select t.id from orders t left join product p on p.id = t.product_id where p.name ilike ?"
                        + " order by t.starts_at desc, t.id desc",
                "vm");

        assertThat(expected).hasSizeGreaterThan(14);
        assertThat(forward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
        assertThat(backward(Repositories.orders(), request, Order::id)).isEqualTo(expected);
    }

    @Test
    void vmsFilteredByHostNameAndCustomerNameTogetherMatchTheJoinedRows() {
        String surname = surname();
        PageRequest byHost =
                PageRequest.of(3).sortedBy(Sort.ascending("hostFqdn")).filteredBy(Filter.contains("hostFqdn", "."));
        List<Long> expected = joinedThenTested(
                "select t.id from vm t left join host h on h.id = t.host_id where h.fqdn ilike ?"
                        + " order by h.fqdn, t.id",
                ".");
        PageRequest both = byHost.filteredBy(Filter.contains("customerName", surname));
        List<Long> expectedBoth = db.read(tx -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = tx.connection()
                    .prepareStatement("select t.id from vm t left join host h on h.id = t.host_id"
                            + " join customer c on c.id = t.customer_id where h.fqdn ilike ? and c.name ilike ?"
                            + " order by h.fqdn, t.id")) {
                st.setString(1, "%.%");
                st.setString(2, "%" + surname + "%");
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });

        assertThat(expected).hasSizeGreaterThan(6);
        assertThat(forward(Repositories.vms(), byHost, Vm::id)).isEqualTo(expected);
        assertThat(backward(Repositories.vms(), byHost, Vm::id)).isEqualTo(expected);
        assertThat(forward(Repositories.vms(), both, Vm::id)).isEqualTo(expectedBoth);
    }
}
