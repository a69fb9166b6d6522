package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurringPeriodTest {

    @ParameterizedTest(name = "{0} on the bill of {1} in {2} lasts {3} s")
    @CsvSource(textBlock = """
            PER_SECOND,   2021-03, Europe/Zurich,         1
            PER_MINUTE,   2021-03, Europe/Zurich,        60
            PER_HOUR,     2021-03, Europe/Zurich,     3_600
            PER_DAY,      2021-03, Europe/Zurich,    86_400
            PER_WEEK,     2021-03, Europe/Zurich,   604_800
            PER_30_DAYS,  2021-03, Europe/Zurich, 2_592_000
            PER_365_DAYS, 2020-02, UTC,          31_536_000
            PER_MONTH,    2021-02, UTC,           2_419_200
            PER_MONTH,    2020-02, UTC,           2_505_600
            PER_MONTH,    2020-04, UTC,           2_592_000
            PER_MONTH,    2020-03, UTC,           2_678_400
            PER_MONTH,    2021-03, Europe/Zurich, 2_674_800
            PER_MONTH,    2021-10, Europe/Zurich, 2_682_000
            PER_MONTH,    2021-11, Europe/Zurich, 2_592_000
            PER_YEAR,     2020-07, UTC,          31_622_400
            PER_YEAR,     2021-07, UTC,          31_536_000
            PER_YEAR,     2021-03, Europe/Zurich, 31_536_000
            """)
    void aPeriodLastsItsFixedOrRealCalendarSeconds(
            RecurringPeriod period, YearMonth month, ZoneId zone, String seconds) {
        assertThat(period.secondsOn(month, zone)).isEqualTo(Long.parseLong(seconds.replace("_", "")));
    }

    @Test
    void aOneTimeOrderHasNoPeriodToProrateBy() {
        assertThrows(
                IllegalStateException.class,
                () -> RecurringPeriod.ONE_TIME.secondsOn(YearMonth.of(2021, 3), ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "{0} from {1}, now {2}: current period ends at {3}")
    @CsvSource(textBlock = """
            PER_30_DAYS, 2020-03-03T00:00:00Z, 2020-03-10T12:00:00Z, 2020-04-02T00:00:00Z
            PER_30_DAYS, 2020-03-03T00:00:00Z, 2020-04-02T00:00:00Z, 2020-05-02T00:00:00Z
            PER_DAY,     2020-03-03T06:00:00Z, 2020-03-05T05:59:59Z, 2020-03-05T06:00:00Z
            PER_HOUR,    2020-03-03T06:30:00Z, 2020-03-03T08:00:00Z, 2020-03-03T08:30:00Z
            PER_MONTH,   2020-01-15T00:00:00Z, 2021-03-10T12:00:00Z, 2021-03-31T22:00:00Z
            PER_MONTH,   2020-01-15T00:00:00Z, 2021-10-31T22:59:59Z, 2021-10-31T23:00:00Z
            PER_YEAR,    2020-01-15T00:00:00Z, 2021-03-10T12:00:00Z, 2021-12-31T23:00:00Z
            ONE_TIME,    2020-01-15T00:00:00Z, 2021-03-10T12:00:00Z, 2021-03-10T12:00:00Z
            """)
    void theCurrentPeriodEndsAfterWholePeriodsFromTheStartOrAtTheNextCalendarBoundary(
            RecurringPeriod period, Instant orderStart, Instant now, Instant expected) {
        assertThat(period.endOfCurrentPeriod(orderStart, now, ZoneId.of("Europe/Zurich")))
                .isEqualTo(expected);
    }
}
