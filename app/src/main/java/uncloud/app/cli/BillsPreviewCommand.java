package uncloud.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uncloud.client.ValidationException;
import uncloud.client.billing.BillCalculator;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;
import uncloud.client.domain.Replacement;
import uncloud.client.orders.ReplacementPlanner;

/**
 * {@code uncloud bills preview}: the bills of a month computed from a JSON file of orders, without a
 * database — for checking the billing rules and for dry runs of planned replacements.
 */
@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Print the bills of a month, as JSON, for the orders in a JSON file. Writes nothing.",
            "Input: {\"orders\":[{\"id\":1,\"customer\":\"alice\",\"oneTimePrice\":\"10.00\",\"recurringPrice\":\"15.00\","
                    + "\"recurringPeriod\":\"PER_30_DAYS\",\"startsAt\":\"2020-03-03T00:00:00Z\",\"endsAt\":null}],"
                    + " \"replacements\":[{\"order\":1,\"recurringPrice\":\"9.00\",\"recurringPeriod\":\"PER_MONTH\"}]}"
        })
final class BillsPreviewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "JSON file with the orders.")
    Path ordersFile;

    @CommandLine.Mixin
    MonthOptions month;

    @Option(
            names = "--vat-rate",
            paramLabel = "RATE",
            defaultValue = "0",
            description = "VAT rate for every bill, as a fraction (0.081) or a percentage (8.1%%); default 0.")
    String vatRate;

    @Option(
            names = "--now",
            paramLabel = "INSTANT",
            description = "The current time for planned replacements (ISO-8601, default: the system clock).")
    String now;

    @Override
    public Integer call() {
        YearMonth billMonth = month.month();
        ZoneId zoneId = month.zone();
        BigDecimal rate = parseVatRate();
        Clock clock = parseNow().map(instant -> Clock.fixed(instant, zoneId)).orElse(Clock.system(zoneId));
        OrdersFile input = OrdersFile.read(ordersFile);

        List<Order> orders = withPlannedReplacements(input, new ReplacementPlanner(clock, zoneId));
        List<MonthlyBill> bills = new BillCalculator(clock, zoneId).bills(orders, billMonth, customer -> rate);

        PrintWriter out = spec.commandLine().getOut();
        out.println(BillsJson.render(bills, input::customerName, zoneId));
        out.flush();
        return ExitCodes.OK;
    }

    /** The orders as they would be after the file's planned replacements (new orders get no id). */
    private static List<Order> withPlannedReplacements(OrdersFile input, ReplacementPlanner planner) {
        List<Order> orders = new ArrayList<>(input.orders());
        for (OrdersFile.PlannedReplacement planned : input.replacements()) {
            int index = indexOf(orders, planned.orderId());
            Replacement replacement = planner.plan(orders.get(index), planned.terms(), planned.startsAt());
            orders.set(index, replacement.endedOrder());
            orders.add(replacement.newOrder());
        }
        return orders;
    }

    private static int indexOf(List<Order> orders, long id) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id() == id) {
                return i;
            }
        }
        throw new ValidationException("order", "replacement: order " + id + " does not exist.");
    }

    private BigDecimal parseVatRate() {
        String text = vatRate.trim();
        boolean percent = text.endsWith("%");
        try {
            BigDecimal rate = new BigDecimal(percent ? text.substring(0, text.length() - 1) : text);
            rate = percent ? rate.movePointLeft(2) : rate;
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new ValidationException(
                    "vatRate",
                    "--vat-rate: \"" + vatRate + "\" is not a rate from 0 to below 1 (0.081) or a percentage (8.1%).");
        }
    }

    private Optional<Instant> parseNow() {
        if (now == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(now));
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    "now", "--now: \"" + now + "\" is not an ISO-8601 instant like 2020-03-15T12:00:00Z.");
        }
    }
}
