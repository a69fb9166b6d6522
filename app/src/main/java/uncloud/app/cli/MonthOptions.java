package uncloud.app.cli;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;
import uncloud.client.ValidationException;

/** {@code --month YYYY-MM [--zone ZONE]}: the bill month and the provider's time zone. */
public final class MonthOptions {
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to bill.")
    String month;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "Europe/Zurich",
            description = "The provider's time zone (default: ${DEFAULT-VALUE}).")
    String zone;

    YearMonth month() {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "--month: \"" + month + "\" is not a month like 2020-03.");
        }
    }

    ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ValidationException(
                    "zone", "--zone: \"" + zone + "\" is not a time zone like Europe/Zurich or UTC.");
        }
    }
}
