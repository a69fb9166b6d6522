package uncloud.app.cli;

import picocli.CommandLine.Command;

/** {@code uncloud bills …}: preview, generate and finalize monthly bills. */
@Command(
        name = "bills",
        mixinStandardHelpOptions = true,
        description = "Preview, generate and finalize the monthly bills.",
        subcommands = {BillsPreviewCommand.class, BillsGenerateCommand.class, BillsFinalizeCommand.class})
public final class BillsCommand {}
