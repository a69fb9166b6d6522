package uncloud.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uncloud.client.auth.CustomerAccounts;
import uncloud.client.profile.Connection;

/** {@code uncloud bootstrap-user --username NAME}: makes the first staff member, before anyone can grant it in the console. */
@Command(
        name = "bootstrap-user",
        mixinStandardHelpOptions = true,
        description = {
            "Marks a user as staff.",
            "The user must have logged in to the console once (that creates their account)."
        })
public final class BootstrapUserCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, paramLabel = "NAME", description = "The user's LDAP uid.")
    String username;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        try (Connection connection = profile.open()) {
            String actor = "cli:" + System.getProperty("user.name");
            boolean changed = new CustomerAccounts(connection.database()).markStaff(actor, username.strip());
            spec.commandLine()
                    .getOut()
                    .println(changed ? username + " is now staff." : username + " was staff already; nothing changed.");
            return ExitCodes.OK;
        }
    }
}
