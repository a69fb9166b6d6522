package uncloud.client.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A country's VAT rate (a fraction: 0.081 is 8.1 %) valid from one day to another, both inclusive;
 * {@code validUntil} null means until further notice.
 */
public record VatRate(String country, BigDecimal rate, LocalDate validFrom, LocalDate validUntil) {
    public VatRate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(validFrom, "validFrom");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("VAT rate must be a fraction in [0, 1), was " + rate);
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("VAT rate of " + country + " ends before it starts");
        }
    }

    public boolean appliesTo(String countryCode, LocalDate date) {
        return country.equalsIgnoreCase(countryCode)
                && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }
}
