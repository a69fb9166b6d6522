package uncloud.client.profile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uncloud.client.NotFoundException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.internal.profile.ProfileJson;

/**
 * Profiles as JSON files, one per profile, in {@code $XDG_CONFIG_HOME/uncloud/profiles} (or
 * {@code ~/.config/uncloud/profiles}). The demo profile is built in and never stored.
 */
public final class ProfileStore {
    private final Path directory;
    private final ProfileJson json;

    public ProfileStore(Path directory, Path home) {
        this.directory = directory;
        this.json = new ProfileJson(home);
    }

    /** The user's store, following the XDG base directory rules. */
    public static ProfileStore forCurrentUser() {
        return forEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static ProfileStore forEnvironment(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        // the spec says a relative XDG_CONFIG_HOME is invalid and to be ignored
        Path config =
                xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new ProfileStore(config.resolve("uncloud").resolve("profiles"), home);
    }

    public Path directory() {
        return directory;
    }

    /** The names of every profile: the demo first, then the stored ones in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of(ConnectionProfile.DEMO));
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString())
                        .filter(file -> file.endsWith(".json"))
                        .map(file -> file.substring(0, file.length() - ".json".length()))
                        .filter(name -> !name.equals(ConnectionProfile.DEMO))
                        .sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncloudException("Cannot list the profiles in " + directory + ": " + e.getMessage(), e);
            }
        }
        return names;
    }

    public ConnectionProfile load(String name) {
        if (ConnectionProfile.DEMO.equals(name)) {
            return ConnectionProfile.demoProfile();
        }
        Path file = file(name);
        try {
            return json.read(name, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("There is no profile '" + name + "' (looked for " + file + ").");
        } catch (IOException e) {
            throw new UncloudException("Cannot read profile " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the profile, replacing one of the same name in one step. */
    public void save(ConnectionProfile profile) {
        if (profile.demo()) {
            throw new ValidationException("name", "The demo profile is built in and cannot be saved.");
        }
        Path file = file(profile.name());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + profile.name(), ".tmp");
            Files.writeString(temporary, json.write(profile));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncloudException("Cannot save profile " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(String name) {
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new ValidationException("profile", "'" + name + "' is not a profile name.");
        }
        return directory.resolve(name + ".json");
    }
}
