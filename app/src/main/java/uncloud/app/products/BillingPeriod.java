package uncloud.app.products;

/** How often a recurring price is charged (the names of client-lib's RecurringPeriod). */
public enum BillingPeriod {
    ONE_TIME("one time"),
    PER_SECOND("per second"),
    PER_MINUTE("per minute"),
    PER_HOUR("per hour"),
    PER_DAY("per day"),
    PER_WEEK("per week"),
    PER_30_DAYS("per 30 days"),
    PER_365_DAYS("per 365 days"),
    PER_MONTH("per month"),
    PER_YEAR("per year");

    private final String label;

    BillingPeriod(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
