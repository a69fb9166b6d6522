package uncloud.client.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.ConflictException;
import uncloud.client.ValidationException;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.Replacement;

class ReplacementPlannerTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant NOW = Instant.parse("2021-03-10T12:34:56Z");
    private final ReplacementPlanner planner = new ReplacementPlanner(Clock.fixed(NOW, ZURICH), ZURICH);

    private static Order old(String price, RecurringPeriod period, String endsAt) {
        return new Order(
                7,
                3,
                11L,
                "vm small",
                Money.of("5.00"),
                Money.of(price),
                period,
                Instant.parse("2021-01-05T00:00:00Z"),
                endsAt == null ? null : Instant.parse(endsAt),
                null);
    }

    private static OrderTerms terms(String price, RecurringPeriod period) {
        return new OrderTerms(12L, "vm", Money.ZERO, Money.of(price), period);
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}: {4} starting {5}")
    @CsvSource(textBlock = """
            20.00, PER_MONTH,   30.00,  PER_MONTH,   UPGRADE,   2021-03-10T12:34:56Z
            20.00, PER_MONTH,   10.00,  PER_MONTH,   DOWNGRADE, 2021-03-31T22:00:00Z
            20.00, PER_MONTH,   200.00, PER_YEAR,    DOWNGRADE, 2021-03-31T22:00:00Z
            20.00, PER_MONTH,   1.00,   PER_DAY,     UPGRADE,   2021-03-10T12:34:56Z
            15.00, PER_30_DAYS, 10.00,  PER_30_DAYS, DOWNGRADE, 2021-04-05T00:00:00Z
            15.00, PER_30_DAYS, 15.00,  PER_30_DAYS, UPGRADE,   2021-03-10T12:34:56Z
            100.00, PER_YEAR,   5.00,   PER_MONTH,   DOWNGRADE, 2021-12-31T23:00:00Z
            """)
    void aDowngradeWaitsForTheEndOfTheCurrentPeriodAndAnUpgradeStartsNow(
            String oldPrice,
            RecurringPeriod oldPeriod,
            String newPrice,
            RecurringPeriod newPeriod,
            Replacement.Kind kind,
            Instant start) {
        Replacement replacement = planner.plan(old(oldPrice, oldPeriod, null), terms(newPrice, newPeriod), null);

        assertThat(replacement.kind()).isEqualTo(kind);
        assertThat(replacement.newOrder().startsAt()).isEqualTo(start);
        assertThat(replacement.endedOrder().endsAt()).isEqualTo(start.minusSeconds(1));
    }

    @Test
    void theNewOrderPointsToTheOldOneAndBelongsToTheSameCustomer() {
        Replacement replacement = planner.plan(
                old("20.00", RecurringPeriod.PER_MONTH, null), terms("30.00", RecurringPeriod.PER_MONTH), null);

        assertThat(replacement.newOrder())
                .isEqualTo(new Order(
                        Order.UNSAVED,
                        3,
                        12L,
                        "vm",
                        Money.ZERO,
                        Money.of("30.00"),
                        RecurringPeriod.PER_MONTH,
                        NOW,
                        null,
                        7L));
        assertThat(replacement.endedOrder()).isEqualTo(old("20.00", RecurringPeriod.PER_MONTH, "2021-03-10T12:34:55Z"));
    }

    @Test
    void staffCanChooseTheStart() {
        Instant chosen = Instant.parse("2021-05-01T00:00:00Z");

        Replacement replacement = planner.plan(
                old("20.00", RecurringPeriod.PER_MONTH, null), terms("10.00", RecurringPeriod.PER_MONTH), chosen);

        assertThat(replacement.newOrder().startsAt()).isEqualTo(chosen);
        assertThat(replacement.endedOrder().endsAt()).isEqualTo(Instant.parse("2021-04-30T23:59:59Z"));
    }

    @Test
    void replacingAnOrderThatEndedIsRefusedSayingWhen() {
        Order ended = old("20.00", RecurringPeriod.PER_MONTH, "2021-02-28T22:59:59Z");

        ConflictException refused = assertThrows(
                ConflictException.class, () -> planner.plan(ended, terms("30.00", RecurringPeriod.PER_MONTH), null));

        assertThat(refused.getMessage())
                .isEqualTo("Order 7 ended at 2021-02-28T22:59:59Z; only an active order can be replaced.");
    }

    @Test
    void replacingAnOrderThatIsSetToEndIsRefusedBecauseTheEndIsSetOnce() {
        Order ending = old("20.00", RecurringPeriod.PER_MONTH, "2021-06-30T21:59:59Z");

        ConflictException refused = assertThrows(
                ConflictException.class, () -> planner.plan(ending, terms("30.00", RecurringPeriod.PER_MONTH), null));

        assertThat(refused.getMessage()).contains("already set to end at 2021-06-30T21:59:59Z");
    }

    @ParameterizedTest(name = "a start at {0} is refused")
    @CsvSource(textBlock = """
            2021-01-05T00:00:00Z, must start after order 7 started
            2021-02-27T00:00:00Z, cannot start before 2021-02-28T23:00:00Z
            2021-03-20T00:00:00.5Z, whole second
            """)
    void aStartStaffChoseThatCannotWorkIsRefused(Instant start, String reason) {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> planner.plan(
                        old("20.00", RecurringPeriod.PER_MONTH, null),
                        terms("30.00", RecurringPeriod.PER_MONTH),
                        start));

        assertThat(refused.getMessage()).contains(reason);
        assertThat(refused.field()).contains("startsAt");
    }

    @Test
    void newTermsThatBreakTheRulesAreRefusedNamingTheField() {
        OrderTerms oneTimeWithRecurringPrice = terms("30.00", RecurringPeriod.ONE_TIME);

        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> planner.plan(old("20.00", RecurringPeriod.PER_MONTH, null), oneTimeWithRecurringPrice, null));

        assertThat(refused.field()).contains("recurringPrice");
    }
}
