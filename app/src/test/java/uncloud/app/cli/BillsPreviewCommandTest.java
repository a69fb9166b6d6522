package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class BillsPreviewCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String ordersJson, String... options) throws IOException {
        Path file = dir.resolve("orders.json");
        Files.writeString(file, ordersJson);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = UncloudCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] args = new String[options.length + 3];
        args[0] = "bills";
        args[1] = "preview";
        args[2] = "--orders=" + file;
        System.arraycopy(options, 0, args, 3, options.length);
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void theWorkedExamplePrintsTheBillAsJson() throws IOException {
        Run run = run("""
                {"orders":[{"id":1,"customer":"alice","oneTimePrice":"0.00","recurringPrice":"15.00",
                 "recurringPeriod":"PER_30_DAYS","startsAt":"2020-03-03T00:00:00Z","endsAt":null}]}""", "--month", "2020-03", "--zone", "UTC");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualToIgnoringWhitespace("""
                {"bills":[{"customer":"alice","startsAt":"2020-03-01T00:00:00Z","endsAt":"2020-03-31T23:59:59Z",
                  "records":[{"order":1,"startsAt":"2020-03-03T00:00:00Z","endsAt":"2020-03-31T23:59:59Z",
                    "seconds":2505600,"oneTimeAmount":"0.00","recurringAmount":"14.50","amount":"14.50"}],
                  "subtotal":"14.50","vat":"0.00","total":"14.50"}]}""");
    }

    @Test
    void billsAreSortedByCustomerRecordsByOrderAndTimesCarryTheZonesOffset() throws IOException {
        Run run = run("""
                {"orders":[
                 {"id":9,"customer":"bob","recurringPrice":"10.00","recurringPeriod":"PER_MONTH","startsAt":"2021-01-01T00:00:00Z"},
                 {"id":3,"customer":"alice","oneTimePrice":"50.00","recurringPeriod":"ONE_TIME","startsAt":"2021-03-15T10:00:00+01:00"},
                 {"id":2,"customer":"alice","recurringPrice":"31.00","recurringPeriod":"PER_MONTH","startsAt":"2021-01-01T00:00:00Z",
                  "endsAt":"2021-03-15T08:59:59Z"},
                 {"id":4,"customer":"carol","recurringPrice":"10.00","recurringPeriod":"PER_MONTH","startsAt":"2021-04-01T00:00:00+02:00"}
                ]}""", "--month=2021-03", "--vat-rate=8.1%");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToIgnoringWhitespace("""
                {"bills":[
                 {"customer":"alice","startsAt":"2021-03-01T00:00:00+01:00","endsAt":"2021-03-31T23:59:59+02:00",
                  "records":[
                   {"order":2,"startsAt":"2021-03-01T00:00:00+01:00","endsAt":"2021-03-15T09:59:59+01:00",
                    "seconds":1245600,"oneTimeAmount":"0.00","recurringAmount":"14.44","amount":"14.44"},
                   {"order":3,"startsAt":"2021-03-15T10:00:00+01:00","endsAt":"2021-03-31T23:59:59+02:00",
                    "seconds":1429200,"oneTimeAmount":"50.00","recurringAmount":"0.00","amount":"50.00"}],
                  "subtotal":"64.44","vat":"5.22","total":"69.66"},
                 {"customer":"bob","startsAt":"2021-03-01T00:00:00+01:00","endsAt":"2021-03-31T23:59:59+02:00",
                  "records":[
                   {"order":9,"startsAt":"2021-03-01T00:00:00+01:00","endsAt":"2021-03-31T23:59:59+02:00",
                    "seconds":2674800,"oneTimeAmount":"0.00","recurringAmount":"10.00","amount":"10.00"}],
                  "subtotal":"10.00","vat":"0.81","total":"10.81"}]}""");
    }

    @Test
    void aPlannedReplacementIsPreviewedWithoutAnId() throws IOException {
        Run run = run("""
                {"orders":[{"id":1,"customer":"alice","recurringPrice":"30.00","recurringPeriod":"PER_MONTH",
                            "startsAt":"2021-01-01T00:00:00Z"}],
                 "replacements":[{"order":1,"recurringPrice":"60.00","recurringPeriod":"PER_MONTH"}]}""", "--month=2021-04", "--zone=UTC", "--now=2021-04-16T00:00:00Z");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToIgnoringWhitespace("""
                {"bills":[{"customer":"alice","startsAt":"2021-04-01T00:00:00Z","endsAt":"2021-04-30T23:59:59Z",
                  "records":[
                   {"order":null,"startsAt":"2021-04-16T00:00:00Z","endsAt":"2021-04-30T23:59:59Z",
                    "seconds":1296000,"oneTimeAmount":"0.00","recurringAmount":"30.00","amount":"30.00"},
                   {"order":1,"startsAt":"2021-04-01T00:00:00Z","endsAt":"2021-04-15T23:59:59Z",
                    "seconds":1296000,"oneTimeAmount":"0.00","recurringAmount":"15.00","amount":"15.00"}],
                  "subtotal":"45.00","vat":"0.00","total":"45.00"}]}""");
    }

    @Test
    void aMonthWithoutActiveOrdersPrintsNoBills() throws IOException {
        Run run = run("""
                {"orders":[{"id":1,"customer":"alice","recurringPrice":"30.00","recurringPeriod":"PER_MONTH",
                            "startsAt":"2021-01-01T00:00:00Z","endsAt":"2021-01-31T22:59:59Z"}]}""", "--month=2021-02");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualToIgnoringWhitespace("{\"bills\":[]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown period      | {"orders":[{"id":4,"customer":"a","recurringPrice":"1.00","recurringPeriod":"PER_FORTNIGHT","startsAt":"2021-01-01T00:00:00Z"}]} | order 4: recurringPeriod: unknown period "PER_FORTNIGHT"
            negative price      | {"orders":[{"id":5,"customer":"a","recurringPrice":"-1.00","recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z"}]}       | order 5: recurringPrice: must not be negative
            end before start    | {"orders":[{"id":6,"customer":"a","recurringPrice":"1.00","recurringPeriod":"PER_DAY","startsAt":"2021-01-02T00:00:00Z","endsAt":"2021-01-01T00:00:00Z"}]} | order 6: endsAt: must not be before startsAt
            malformed JSON      | {"orders":[{"id":7,                                                                                                                 | Orders file is not valid JSON
            three decimals      | {"orders":[{"id":8,"customer":"a","oneTimePrice":"1.005","recurringPeriod":"ONE_TIME","startsAt":"2021-01-01T00:00:00Z"}]}        | order 8: oneTimePrice: 1.005 has more than two decimals
            one-time recurring  | {"orders":[{"id":9,"customer":"a","recurringPrice":"2.00","recurringPeriod":"ONE_TIME","startsAt":"2021-01-01T00:00:00Z"}]}       | order 9: recurringPrice: must be 0.00 for a ONE_TIME order
            bad time            | {"orders":[{"id":10,"customer":"a","recurringPeriod":"PER_DAY","startsAt":"2021-01-01 00:00"}]}                                     | order 10: startsAt: "2021-01-01 00:00" is not an ISO-8601 time
            missing customer    | {"orders":[{"id":11,"recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z"}]}                                                | order 11: customer: must be a non-empty string
            unknown field       | {"orders":[{"id":12,"customer":"a","recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z","endAt":null}]}                  | order 12: endAt: unknown field
            duplicate id        | {"orders":[{"id":1,"customer":"a","recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z"},{"id":1,"customer":"b","recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z"}]} | order 1: id: appears more than once
            missing id          | {"orders":[{"customer":"a","recurringPeriod":"PER_DAY","startsAt":"2021-01-01T00:00:00Z"}]}                                         | order #1: id: must be a positive integer
            no orders array     | {"order":[]}                                                                                                                        | must be an object with an "orders" array
            """)
    void badInputExitsNonZeroNamingTheOrderAndTheField(String what, String json, String message) throws IOException {
        Run run = run(json, "--month=2021-01");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("uncloud preview: ").contains(message);
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            --month=2021-13      | --month: "2021-13" is not a month like 2020-03.
            --zone=Mars/Olympus  | --zone: "Mars/Olympus" is not a time zone like Europe/Zurich or UTC.
            --vat-rate=120%      | --vat-rate: "120%" is not a rate from 0 to below 1 (0.081) or a percentage (8.1%).
            """)
    void badOptionsExitNonZeroWithTheReason(String option, String message) throws IOException {
        Run run = run(
                "{\"orders\":[]}",
                option.startsWith("--month") ? new String[] {option} : new String[] {"--month=2021-01", option});

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("uncloud preview: " + message);
    }

    @Test
    void aMissingOrdersFileIsNamed() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = UncloudCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute(
                "bills", "preview", "--orders", dir.resolve("nope.json").toString(), "--month", "2021-01");

        assertThat(exitCode).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nope.json does not exist");
    }
}
