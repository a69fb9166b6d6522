package uncloud.app.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uncloud.client.billing.BillingService;
import uncloud.client.billing.GenerationReport;
import uncloud.client.profile.Connection;

/**
 * {@code uncloud bills generate --month YYYY-MM [--customer ID]}: writes the month's draft bills. Safe to
 * run again and from several workers at once; final bills are never touched.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write the draft bills of a month (all customers, or one). Final bills stay as they are.")
final class BillsGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOption profile;

    @Mixin
    MonthOptions month;

    @Option(names = "--customer", paramLabel = "ID", description = "Only this customer (id).")
    Long customer;

    @Override
    public Integer call() {
        ZoneId zone = month.zone();
        try (Connection connection = profile.open()) {
            BillingService billing = new BillingService(connection.database(), Clock.system(zone), zone);
            String actor = "cli:" + System.getProperty("user.name");
            GenerationReport report = customer == null
                    ? billing.generate(actor, month.month())
                    : billing.generate(actor, month.month(), customer);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s: %d draft bills with %d records written; %d final bills kept; %d done by another"
                                    + " worker.%n",
                            month.month(),
                            report.billsWritten(),
                            report.recordsWritten(),
                            report.finalKept(),
                            report.doneByOthers());
            return ExitCodes.OK;
        }
    }
}
