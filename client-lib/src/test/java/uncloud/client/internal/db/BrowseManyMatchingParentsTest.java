package uncloud.client.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Sort;
import uncloud.client.sample.SampleData;
import uncloud.client.testing.TestDatabase;

/**
 * When more parents match a text filter than travel as an array of ids, the page query finds them itself (a
 * hashed subplan); the rows and their order stay those of the join. The sample data have far fewer than 5,000
 * customers, so the look-up is told it found too many.
 */
class BrowseManyMatchingParentsTest {
    static TestDatabase testDb;
    static Database db;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
        SampleData.populate(db, 5, 60);
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static List<Long> ids(KeysetQuery<?> query) {
        return db.read(tx -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = tx.connection().prepareStatement(query.sql)) {
                query.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong("id"));
                    }
                }
            }
            return ids;
        });
    }

    static List<Long> joined(String sql) {
        return db.read(tx -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = tx.connection().prepareStatement(sql);
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Test
    void tooManyMatchingCustomersAreFoundByThePageQueryWithTheSameRowsInTheSameOrder() {
        PageRequest request = PageRequest.of(1000)
                .sortedBy(Sort.descending("startsAt"))
                .filteredBy(Filter.contains("customerName", "E"));
        KeysetQuery<?> query = KeysetQuery.of(Mappings.ORDER, request, (sql, pattern) -> null);

        assertThat(query.sql).contains("(t.customer_id in (select c.id from customer c where c.name ilike ?)) is true");
        assertThat(ids(query))
                .hasSizeGreaterThan(20)
                .isEqualTo(joined("select t.id from orders t join customer c on c.id = t.customer_id"
                        + " where c.name ilike '%E%' order by t.starts_at desc, t.id desc"));
    }

    @Test
    void noMatchingParentMeansAnEmptyPageWithoutScanningTheRows() {
        PageRequest request = PageRequest.of(10).filteredBy(Filter.contains("hostFqdn", "nowhere"));
        KeysetQuery<?> query = KeysetQuery.of(Mappings.VM, request, (sql, pattern) -> new long[0]);

        assertThat(query.sql).contains("where false");
        assertThat(ids(query)).isEmpty();
    }
}
