package uncloud.client.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.db.Transaction;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.BillStatus;
import uncloud.client.domain.BillingMonth;
import uncloud.client.domain.Money;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.Replacement;
import uncloud.client.domain.StoredBill;
import uncloud.client.domain.VatRates;
import uncloud.client.internal.billing.BillingSql;
import uncloud.client.internal.billing.MonthlyBillWriter;
import uncloud.client.internal.billing.OrderSql;
import uncloud.client.orders.ReplacementPlanner;

/**
 * Monthly bills: dry-run previews, draft generation (idempotent, safe from several workers at once),
 * finalisation with gapless numbers per year, and credit notes for final bills. Thread-safe.
 */
public final class BillingService {
    /** Customers per write transaction of {@link #generate}. */
    public static final int CUSTOMERS_PER_CHUNK = 2_000;

    private final Database database;
    private final Clock clock;
    private final ZoneId zone;
    private final BillCalculator calculator;
    private final ReplacementPlanner planner;
    private final int customersPerChunk;

    public BillingService(Database database, Clock clock, ZoneId zone) {
        this(database, clock, zone, CUSTOMERS_PER_CHUNK);
    }

    /** @param customersPerChunk customers written per transaction by {@link #generate} */
    public BillingService(Database database, Clock clock, ZoneId zone, int customersPerChunk) {
        if (customersPerChunk < 1) {
            throw new IllegalArgumentException("customersPerChunk must be at least 1");
        }
        this.customersPerChunk = customersPerChunk;
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calculator = new BillCalculator(clock, zone);
        this.planner = new ReplacementPlanner(clock, zone);
    }

    /** The bill {@code customerId} would get for {@code month} from the orders as they are; writes nothing. */
    public Optional<MonthlyBill> preview(long customerId, YearMonth month) {
        return database.read(tx -> {
            BillingMonth billingMonth = calculator.month(month);
            List<Order> orders = BillingSql.ordersOfMonth(tx.connection(), customerId, billingMonth);
            return calculator.billFor(customerId, orders, month, vatRate(tx, customerId, billingMonth));
        });
    }

    /**
     * The bill of {@code month} as it would be after replacing {@code orderId} with {@code terms} (start:
     * null for the default); writes nothing. The planned order's record has id {@link Order#UNSAVED}.
     */
    public Optional<MonthlyBill> previewReplacement(long orderId, OrderTerms terms, Instant startsAt, YearMonth month) {
        return database.read(tx -> {
            Order old = OrderSql.find(tx.connection(), orderId, false)
                    .orElseThrow(() -> new NotFoundException("Order " + orderId + " does not exist."));
            Optional<Long> replacedBy = OrderSql.replacedBy(tx.connection(), orderId);
            if (replacedBy.isPresent()) {
                throw new ConflictException(
                        "Order " + orderId + " was already replaced by order " + replacedBy.get() + ".");
            }
            Replacement replacement = planner.plan(old, terms, startsAt);
            BillingMonth billingMonth = calculator.month(month);
            List<Order> orders = BillingSql.ordersOfMonth(tx.connection(), old.customerId(), billingMonth);
            return calculator.previewWith(
                    old.customerId(), orders, replacement, month, vatRate(tx, old.customerId(), billingMonth));
        });
    }

    /** Writes the draft bills of {@code month} for every customer with an order billed in it. */
    public GenerationReport generate(String actorUid, YearMonth month) {
        return writer().generate(actorUid, calculator.month(month), null);
    }

    /** Writes the draft bill of {@code month} for one customer (or removes nothing if it is final). */
    public GenerationReport generate(String actorUid, YearMonth month, long customerId) {
        return writer().generate(actorUid, calculator.month(month), customerId);
    }

    public StoredBill find(long billId) {
        return database.read(tx -> BillingSql.find(tx.connection(), billId, zone, false))
                .orElseThrow(() -> new NotFoundException("Bill " + billId + " does not exist."));
    }

    /** The bills and credit notes of a customer for a month, regular bill first. */
    public List<StoredBill> bills(long customerId, YearMonth month) {
        return database.read(tx -> {
            List<StoredBill> bills = new ArrayList<>();
            for (long id : BillingSql.billIds(tx.connection(), customerId, calculator.month(month))) {
                bills.add(BillingSql.find(tx.connection(), id, zone, false).orElseThrow());
            }
            return bills;
        });
    }

    /**
     * Finalises a draft: gives it the next number of the year (no gaps), freezes a copy of the customer's
     * billing address; the database refuses every change afterwards.
     */
    public StoredBill finalizeBill(String actorUid, long billId) {
        return database.inTransaction(actorUid, tx -> finalizeIn(tx, billId));
    }

    /** Finalises every draft of {@code month} in one transaction, numbered in customer order. */
    public int finalizeMonth(String actorUid, YearMonth month) {
        return database.inTransaction(actorUid, tx -> {
            List<Long> drafts = BillingSql.draftIds(tx.connection(), month, zone);
            for (long id : drafts) {
                finalizeIn(tx, id);
            }
            return drafts.size();
        });
    }

    /** A draft credit note that reverses a final bill entirely; finalise it to give it a number. */
    public StoredBill creditNote(String actorUid, long finalBillId) {
        return database.inTransaction(actorUid, tx -> {
            StoredBill original = finalBill(tx, finalBillId);
            if (BillingSql.hasCreditNotes(tx.connection(), finalBillId)) {
                throw new ConflictException("Bill " + original.displayNumber()
                        + " already has a credit note: credit what is left order by order.");
            }
            List<BillLine> reversed = new ArrayList<>();
            for (BillLine record : original.bill().records()) {
                reversed.add(new BillLine(
                        record.orderId(),
                        record.startsAt(),
                        record.endsAt(),
                        record.oneTimeAmount().negate(),
                        record.recurringAmount().negate()));
            }
            return insertCreditNote(tx, original, reversed);
        });
    }

    /** A draft credit note of {@code amount} for one order's record of a final bill. */
    public StoredBill creditNote(String actorUid, long finalBillId, long orderId, Money amount) {
        return database.inTransaction(actorUid, tx -> {
            StoredBill original = finalBill(tx, finalBillId);
            BillLine record = original.bill().records().stream()
                    .filter(r -> r.orderId() == orderId)
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            "orderId",
                            "Bill " + original.displayNumber() + " has no record for order " + orderId + "."));
            Money credited = creditedSoFar(tx.connection(), finalBillId, orderId);
            if (amount.isNegative() || amount.isZero()) {
                throw new ValidationException("amount", "A credit must be more than 0.00, not " + amount + ".");
            }
            if (credited.plus(amount).compareTo(record.amount()) > 0) {
                throw new ValidationException(
                        "amount",
                        "Order " + orderId + " was billed " + record.amount() + " on bill " + original.displayNumber()
                                + " and " + credited + " is already credited: at most "
                                + record.amount().minus(credited) + " is left.");
            }
            BillLine credit = new BillLine(orderId, record.startsAt(), record.endsAt(), Money.ZERO, amount.negate());
            return insertCreditNote(tx, original, List.of(credit));
        });
    }

    private StoredBill finalizeIn(Transaction tx, long billId) throws SQLException {
        Connection c = tx.connection();
        StoredBill draft = BillingSql.find(c, billId, zone, false)
                .orElseThrow(() -> new NotFoundException("Bill " + billId + " does not exist."));
        BillingSql.lockCustomer(c, draft.bill().customerId());
        draft = BillingSql.find(c, billId, zone, true).orElseThrow();
        if (draft.status() == BillStatus.FINAL) {
            throw new ConflictException(
                    "Bill " + billId + " is already final with number " + draft.displayNumber() + ".");
        }
        Instant now = clock.instant();
        if (!now.isAfter(draft.bill().month().lastSecond())) {
            throw new ValidationException(
                    "billId",
                    "Bill " + billId + " covers " + draft.bill().month().month()
                            + ", which has not ended yet: finalise it after "
                            + draft.bill().month().end() + ".");
        }
        int year = now.atZone(zone).getYear();
        long number = (long) year * 1_000_000 + nextNumber(c, year);
        try (PreparedStatement st = c.prepareStatement("update bill set status = 'final', number = ?,"
                + " finalized_at = ?, billing_address = (select to_jsonb(a) - 'id' - 'customer_id' - 'active'"
                + " - 'created_at' - 'updated_at' - 'version' from billing_address a"
                + " where a.customer_id = bill.customer_id and a.active) where id = ?")) {
            st.setLong(1, number);
            st.setTimestamp(2, Timestamp.from(now));
            st.setLong(3, billId);
            st.executeUpdate();
        } catch (SQLException e) {
            if ("23514".equals(e.getSQLState())
                    && String.valueOf(e.getMessage()).contains("billing_address")) {
                throw new ValidationException(
                        "billingAddress",
                        "Customer " + draft.bill().customerId()
                                + " has no active billing address: add one before finalising bill " + billId + ".");
            }
            throw e;
        }
        tx.audit("bill", billId, "finalize", null, "{\"number\":" + number + "}");
        return BillingSql.find(c, billId, zone, false).orElseThrow();
    }

    private static long nextNumber(Connection c, int year) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into bill_number_counter (year, last_number)"
                + " values (?, 1) on conflict (year) do update set last_number = bill_number_counter.last_number + 1"
                + " returning last_number")) {
            st.setInt(1, year);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private StoredBill finalBill(Transaction tx, long billId) throws SQLException {
        StoredBill bill = BillingSql.find(tx.connection(), billId, zone, false)
                .orElseThrow(() -> new NotFoundException("Bill " + billId + " does not exist."));
        if (bill.status() != BillStatus.FINAL || bill.isCreditNote()) {
            throw new ConflictException("Bill " + billId + " is not a final bill: only final bills get credit notes;"
                    + " a draft is corrected by regenerating it.");
        }
        return bill;
    }

    private StoredBill insertCreditNote(Transaction tx, StoredBill original, List<BillLine> records)
            throws SQLException {
        MonthlyBill note = MonthlyBill.of(
                original.bill().customerId(),
                original.bill().month(),
                records,
                original.bill().vatRate());
        Connection c = tx.connection();
        long id;
        try (PreparedStatement st = c.prepareStatement("insert into bill (customer_id, period_starts_at,"
                + " period_ends_at, status, subtotal, vat_rate, vat, total, credit_note_of)"
                + " values (?, ?, ?, 'draft', ?, ?, ?, ?, ?) returning id")) {
            st.setLong(1, note.customerId());
            st.setTimestamp(2, Timestamp.from(note.month().firstSecond()));
            st.setTimestamp(3, Timestamp.from(note.month().lastSecond()));
            st.setBigDecimal(4, note.subtotal().amount());
            st.setBigDecimal(5, note.vatRate());
            st.setBigDecimal(6, note.vat().amount());
            st.setBigDecimal(7, note.total().amount());
            st.setLong(8, original.id());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement("insert into bill_record (bill_id, order_id,"
                + " period_starts_at, period_ends_at, one_time_amount, recurring_amount) values (?, ?, ?, ?, ?, ?)")) {
            for (BillLine record : records) {
                st.setLong(1, id);
                st.setLong(2, record.orderId());
                st.setTimestamp(3, Timestamp.from(record.startsAt()));
                st.setTimestamp(4, Timestamp.from(record.endsAt()));
                st.setBigDecimal(5, record.oneTimeAmount().amount());
                st.setBigDecimal(6, record.recurringAmount().amount());
                st.addBatch();
            }
            st.executeBatch();
        }
        return BillingSql.find(c, id, zone, false).orElseThrow();
    }

    private static Money creditedSoFar(Connection c, long billId, long orderId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select coalesce(-sum(r.one_time_amount + r.recurring_amount), 0)"
                        + " from bill_record r join bill b on b.id = r.bill_id where b.credit_note_of = ? and r.order_id = ?")) {
            st.setLong(1, billId);
            st.setLong(2, orderId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Money(rs.getBigDecimal(1));
            }
        }
    }

    private BigDecimal vatRate(Transaction tx, long customerId, BillingMonth month) throws SQLException {
        VatRates rates = BillingSql.vatRates(tx.connection());
        return rates.rateFor(BillingSql.country(tx.connection(), customerId).orElse(null), month);
    }

    private MonthlyBillWriter writer() {
        return new MonthlyBillWriter(database, calculator, customersPerChunk);
    }
}
