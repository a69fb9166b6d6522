package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.auth.CustomerAccounts;
import uncloud.client.auth.LdapUser;
import uncloud.client.auth.Role;
import uncloud.client.billing.BillingService;
import uncloud.client.db.Database;
import uncloud.client.domain.BillStatus;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.StoredBill;
import uncloud.client.orders.OrderService;
import uncloud.client.testing.TestDatabase;

/** {@code uncloud bills generate} and {@code finalize} against a real database, reached through a direct profile. */
class BillsGenerateFinalizeCommandTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static TestDatabase testDb;
    private static Database db;
    private static long alice;
    private static long bob;
    private static long carol;
    private static long dave;

    @TempDir
    static Path profiles;

    @BeforeAll
    static void start() throws Exception {
        testDb = TestDatabase.create();
        db = testDb.database();
        Files.writeString(profiles.resolve("local.json"), """
                {"database": {"host": "127.0.0.1", "port": %d, "name": "%s", "user": "postgres"},
                 "ldap": {"url": "ldap://127.0.0.1", "baseDn": "dc=test", "staffGroup": "cn=staff,dc=test"}}
                """.formatted(testDb.port(), testDb.name()));
        alice = customer("alice", "CH");
        bob = customer("bob", "DE");
        carol = customer("carol", "CH");
        dave = customer("dave", "CH");
        OrderService orders = new OrderService(db, Clock.fixed(Instant.parse("2024-02-20T10:00:00Z"), ZURICH), ZURICH);
        // a whole March at 31.00 a month
        place(orders, alice, "0.00", "31.00", RecurringPeriod.PER_MONTH, "2024-01-01T00:00:00Z");
        // one-time only, bought in March
        place(orders, bob, "10.00", "0.00", RecurringPeriod.ONE_TIME, "2024-03-10T12:00:00Z");
        // starts in April: no March bill
        place(orders, carol, "0.00", "50.00", RecurringPeriod.PER_MONTH, "2024-04-01T00:00:00Z");
        // 2.00 a day from the first second of March (Zurich) to the last second of March 10
        Order daily = place(orders, dave, "0.00", "2.00", RecurringPeriod.PER_DAY, "2024-02-29T23:00:00Z");
        orders.end("staff", daily.id(), Instant.parse("2024-03-10T22:59:59Z"));
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    @Test
    void generatingTwiceWritesTheSameDraftsAndFinalizeNumbersThemWithoutGaps() throws Exception {
        CommandRun first = uncloud("bills", "generate", "--month", "2024-03", "--profile", "local");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out())
                .isEqualTo("2024-03: 3 draft bills with 3 records written; 0 final bills kept; 0 done by another"
                        + " worker." + System.lineSeparator());
        List<StoredBill> drafts = marchBills();
        assertThat(drafts).extracting(StoredBill::status).containsOnly(BillStatus.DRAFT);
        assertThat(drafts).extracting(StoredBill::number).containsOnlyNulls();
        assertThat(drafts)
                .extracting(bill -> bill.bill().customerId(), bill -> totals(bill.bill()))
                .containsExactly(
                        tuple(alice, List.of("31.00", "2.51", "33.51")),
                        tuple(bob, List.of("10.00", "0.00", "10.00")),
                        tuple(dave, List.of("20.00", "1.62", "21.62")));
        assertThat(count("select count(*) from bill")).isEqualTo(3);
        assertThat(count("select count(*) from bill_record")).isEqualTo(3);

        CommandRun second = uncloud("bills", "generate", "--month", "2024-03", "--profile", "local");

        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(marchBills()).extracting(StoredBill::bill).isEqualTo(contents(drafts));
        assertThat(count("select count(*) from bill")).isEqualTo(3);
        assertThat(count("select count(*) from bill_record")).isEqualTo(3);

        CommandRun finalized = uncloud("bills", "finalize", "--month", "2024-03", "--profile", "local");

        assertThat(finalized.exitCode()).as(finalized.err()).isEqualTo(ExitCodes.OK);
        assertThat(finalized.out()).isEqualTo("2024-03: 3 bills finalised." + System.lineSeparator());
        List<StoredBill> finals = marchBills();
        int year = Year.now(ZURICH).getValue(); // numbers count in the year of finalising
        assertThat(finals).extracting(StoredBill::status).containsOnly(BillStatus.FINAL);
        assertThat(finals)
                .extracting(StoredBill::displayNumber)
                .containsExactly(year + "-000001", year + "-000002", year + "-000003");
        assertThat(finals).extracting(StoredBill::bill).isEqualTo(contents(drafts));
        assertThat(finals).extracting(bill -> bill.billingAddress().country()).containsExactly("CH", "DE", "CH");

        CommandRun afterFinal = uncloud("bills", "generate", "--month", "2024-03", "--profile", "local");

        assertThat(afterFinal.out())
                .isEqualTo("2024-03: 0 draft bills with 0 records written; 3 final bills kept; 0 done by another"
                        + " worker." + System.lineSeparator());
        assertThat(marchBills()).isEqualTo(finals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bills generate --month 2024-13 --profile local | uncloud generate: --month: "2024-13" is not a month like 2020-03.
            bills finalize --month March --profile local   | uncloud finalize: --month: "March" is not a month like 2020-03.
            bills generate --month 2024-03 --profile nosuch | uncloud generate: There is no profile 'nosuch' (looked for
            bills finalize --month 2024-03 --profile nosuch | uncloud finalize: There is no profile 'nosuch' (looked for
            bills finalize --month 2024-03 --zone Mars/Base --profile local | uncloud finalize: --zone: "Mars/Base" is not a time zone
            """)
    void badInputExitsNonZeroWithAOneLineReasonAndWritesNothing(String arguments, String reason) {
        List<StoredBill> before = marchBills();

        CommandRun run = uncloud(arguments.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(reason).hasLineCount(1);
        assertThat(marchBills()).isEqualTo(before);
    }

    private static CommandRun uncloud(String... args) {
        String[] withDir = Stream.concat(Arrays.stream(args), Stream.of("--profiles-dir", profiles.toString()))
                .toArray(String[]::new);
        return CommandRun.run(UncloudCommand.commandLine(), withDir);
    }

    private static long customer(String uid, String country) throws Exception {
        long id = new CustomerAccounts(db)
                .recordLogin(new LdapUser(uid, "uid=" + uid + ",dc=test", uid, Optional.empty(), Role.CUSTOMER))
                .customerId();
        db.runInTransaction("fixture", tx -> {
            try (PreparedStatement st = tx.connection()
                    .prepareStatement("insert into billing_address (customer_id, full_name, street, postal_code,"
                            + " city, country) values (?, ?, 'Bahnhofstrasse 1', '8001', 'Zürich', ?)")) {
                st.setLong(1, id);
                st.setString(2, uid);
                st.setString(3, country);
                st.executeUpdate();
            }
        });
        return id;
    }

    private static Order place(
            OrderService orders,
            long customer,
            String oneTime,
            String recurring,
            RecurringPeriod period,
            String start) {
        return orders.place(
                "staff",
                customer,
                new OrderTerms(null, "vm", Money.of(oneTime), Money.of(recurring), period),
                Instant.parse(start));
    }

    /** The March bills of every customer, in customer order (regular bills only: no credit notes here). */
    private static List<StoredBill> marchBills() {
        BillingService billing = new BillingService(db, Clock.system(ZURICH), ZURICH);
        List<StoredBill> bills = new ArrayList<>();
        for (long customer : List.of(alice, bob, carol, dave)) {
            bills.addAll(billing.bills(customer, MARCH));
        }
        return bills;
    }

    private static List<MonthlyBill> contents(List<StoredBill> bills) {
        return bills.stream().map(StoredBill::bill).toList();
    }

    private static List<String> totals(MonthlyBill bill) {
        return List.of(
                bill.subtotal().toString(), bill.vat().toString(), bill.total().toString());
    }

    private static long count(String sql) {
        return db.read(tx -> {
            try (PreparedStatement st = tx.connection().prepareStatement(sql);
                    ResultSet rows = st.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
