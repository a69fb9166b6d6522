package uncloud.app.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import uncloud.client.ValidationException;
import uncloud.client.profile.ConnectProgress;
import uncloud.client.profile.Connection;
import uncloud.client.profile.ProfileStore;

/** {@code --profile NAME}: which connection profile a command opens. Shared by every command that needs the database. */
public final class ProfileOption {
    @Option(
            names = "--profile",
            paramLabel = "NAME",
            defaultValue = "${env:UNCLOUD_PROFILE}",
            description = "Connection profile (default: $UNCLOUD_PROFILE, or the only stored profile).")
    String name;

    @Option(
            names = "--profiles-dir",
            hidden = true,
            paramLabel = "DIR",
            description = "Read profiles from DIR instead of $XDG_CONFIG_HOME/uncloud/profiles.")
    Path directory;

    ProfileStore store() {
        return directory == null
                ? ProfileStore.forCurrentUser()
                : new ProfileStore(directory, Path.of(System.getProperty("user.home")));
    }

    /** Opens the chosen profile, asking SSH questions on the terminal. */
    public Connection open() {
        ProfileStore store = store();
        return Connection.open(store.load(chosen(store)), new TerminalPrompts(), ConnectProgress.silent());
    }

    private String chosen(ProfileStore store) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        List<String> stored = store.names().subList(1, store.names().size()); // without the built-in demo
        if (stored.size() == 1) {
            return stored.get(0);
        }
        throw new ValidationException(
                "profile",
                stored.isEmpty()
                        ? "No profile is stored in " + store.directory() + ": create one, or name one with --profile."
                        : "Several profiles are stored (" + String.join(", ", stored)
                                + "): choose one with --profile.");
    }
}
