package uncloud.app.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uncloud.client.billing.BillingService;
import uncloud.client.profile.Connection;

/** {@code uncloud bills finalize --month YYYY-MM}: numbers and freezes every draft bill of a month. */
@Command(
        name = "finalize",
        mixinStandardHelpOptions = true,
        description = "Finalise every draft bill of an ended month: numbers without gaps, frozen addresses.")
final class BillsFinalizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOption profile;

    @Mixin
    MonthOptions month;

    @Override
    public Integer call() {
        ZoneId zone = month.zone();
        try (Connection connection = profile.open()) {
            BillingService billing = new BillingService(connection.database(), Clock.system(zone), zone);
            int finalized = billing.finalizeMonth("cli:" + System.getProperty("user.name"), month.month());
            spec.commandLine().getOut().printf("%s: %d bills finalised.%n", month.month(), finalized);
            return ExitCodes.OK;
        }
    }
}
