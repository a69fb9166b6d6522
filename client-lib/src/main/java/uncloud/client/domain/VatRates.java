package uncloud.client.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The VAT table: which rate a country has on a date. A country with no rate on that date is billed
 * without VAT (services exported abroad); see docs/decisions/billing-vat-rates.md.
 */
public final class VatRates {
    private final List<VatRate> rates;
    private final BigDecimal flatRate;

    private VatRates(List<VatRate> rates, BigDecimal flatRate) {
        this.rates = List.copyOf(rates);
        this.flatRate = flatRate;
    }

    /** @throws IllegalArgumentException when two rates of one country overlap in time */
    public static VatRates of(List<VatRate> rates) {
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (overlap(rates.get(i), rates.get(j))) {
                    throw new IllegalArgumentException("VAT rates overlap: " + rates.get(i) + " and " + rates.get(j));
                }
            }
        }
        return new VatRates(rates, null);
    }

    public static VatRates none() {
        return new VatRates(List.of(), null);
    }

    /** One rate for every country on every date: the command line's {@code --vat-rate}. */
    public static VatRates flat(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        new VatRate("flat", rate, LocalDate.MIN, null); // validates the range
        return new VatRates(List.of(), rate);
    }

    /** The rate of {@code country} on {@code date}; 0 when the table has none or the country is unknown. */
    public BigDecimal rateOn(String country, LocalDate date) {
        if (flatRate != null) {
            return flatRate;
        }
        if (country == null) {
            return BigDecimal.ZERO;
        }
        for (VatRate rate : rates) {
            if (rate.appliesTo(country, date)) {
                return rate.rate();
            }
        }
        return BigDecimal.ZERO;
    }

    /** The rate for the bill of {@code month}: the one valid on the month's last day. */
    public BigDecimal rateFor(String country, BillingMonth month) {
        return rateOn(country, month.end().toLocalDate());
    }

    private static boolean overlap(VatRate a, VatRate b) {
        if (!a.country().equalsIgnoreCase(b.country())) {
            return false;
        }
        boolean aEndsBeforeB = a.validUntil() != null && a.validUntil().isBefore(b.validFrom());
        boolean bEndsBeforeA = b.validUntil() != null && b.validUntil().isBefore(a.validFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
