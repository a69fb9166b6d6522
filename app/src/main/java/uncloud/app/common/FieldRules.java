package uncloud.app.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks for form fields, as pure functions returning the message to show at the field (empty when the
 * text is fine). View models decide validity with them; views hand the same functions to ControlsFX
 * validation, so the field and the Save button never disagree.
 */
public final class FieldRules {
    private FieldRules() {}

    public static Optional<String> required(String label, String text) {
        return text == null || text.isBlank() ? Optional.of(label + " is required.") : Optional.empty();
    }

    /** A CHF amount: not negative, at most two decimals, below 10^10 (the database's numeric(12,2)). */
    public static Optional<String> money(String label, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(label + " is required (0.00 for none).");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return Optional.of(label + " must be an amount such as 12.50.");
        }
        if (value.signum() < 0) {
            return Optional.of(label + " must not be negative.");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(label + " has at most two decimals (whole rappen).");
        }
        if (value.compareTo(new BigDecimal("9999999999.99")) > 0) {
            return Optional.of(label + " is too large.");
        }
        return Optional.empty();
    }

    public static Optional<String> wholeNumber(String label, String text, int min, int max) {
        if (text == null || text.isBlank()) {
            return Optional.of(label + " is required.");
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                return Optional.of(label + " must be between " + min + " and " + max + ".");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(label + " must be a whole number.");
        }
    }
}
