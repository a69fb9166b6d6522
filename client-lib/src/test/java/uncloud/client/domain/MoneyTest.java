package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} × {1} / {2} = {3}")
    @CsvSource(textBlock = """
            15.00, 2505600, 2592000, 14.50
            15.00, 2592000, 2592000, 15.00
            0.01,    43200,   86400,  0.01
            0.01,    43199,   86400,  0.00
            10.00,       1, 2592000,  0.00
            100.00,   1296,   86400,  1.50
            1.00,        5,       8,  0.63
            1.00,        3,       8,  0.38
            999999999.99, 2678400, 2678400, 999999999.99
            """)
    void prorationRoundsTheExactQuotientHalfUpOnce(String price, long numerator, long denominator, String expected) {
        assertThat(Money.of(price).prorate(numerator, denominator)).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource(textBlock = """
            14.50, 0.081, 1.17
            6.17,  0.081, 0.50
            0.50,  0.05,  0.03
            0.06,  0.081, 0.00
            10.05, 0.077, 0.77
            100.00, 0.077, 7.70
            """)
    void vatIsTheExactProductRoundedHalfUpToTheCent(String subtotal, String rate, String expected) {
        assertThat(Money.of(subtotal).times(new BigDecimal(rate))).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(textBlock = """
            15,     15.00
            0.5,    0.50
            0.005,  0.01
            -0.005, -0.01
            """)
    void amountsAlwaysCarryTwoDecimals(String amount, String shown) {
        assertThat(Money.of(amount).toString()).isEqualTo(shown);
    }
}
