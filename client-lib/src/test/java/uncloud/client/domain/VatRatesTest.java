package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatRatesTest {
    private static final VatRates SWISS = VatRates.of(List.of(
            new VatRate("CH", new BigDecimal("0.077"), LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)),
            new VatRate("CH", new BigDecimal("0.081"), LocalDate.of(2024, 1, 1), null)));

    @ParameterizedTest(name = "{0} on the bill of {1}: {2}")
    @CsvSource(textBlock = """
            CH, 2023-12, 0.077
            ch, 2024-01, 0.081
            CH, 2030-06, 0.081
            CH, 2017-12, 0
            DE, 2024-01, 0
            """)
    void theRateIsTheCountrysRateValidOnTheLastDayOfTheBillsMonth(String country, YearMonth month, BigDecimal rate) {
        assertThat(SWISS.rateFor(country, BillingMonth.of(month, ZoneId.of("Europe/Zurich"))))
                .isEqualByComparingTo(rate);
    }

    @Test
    void aCustomerWithoutAKnownCountryIsBilledWithoutVat() {
        assertThat(SWISS.rateOn(null, LocalDate.of(2024, 1, 1))).isEqualByComparingTo("0");
    }

    @Test
    void overlappingRatesOfOneCountryAreRefused() {
        List<VatRate> overlapping = List.of(
                new VatRate("CH", new BigDecimal("0.077"), LocalDate.of(2018, 1, 1), LocalDate.of(2024, 1, 1)),
                new VatRate("CH", new BigDecimal("0.081"), LocalDate.of(2024, 1, 1), null));

        assertThrows(IllegalArgumentException.class, () -> VatRates.of(overlapping));
    }

    @Test
    void aFlatRateAppliesToEveryCountry() {
        assertThat(VatRates.flat(new BigDecimal("0.081")).rateOn("US", LocalDate.of(1990, 1, 1)))
                .isEqualByComparingTo("0.081");
    }
}
