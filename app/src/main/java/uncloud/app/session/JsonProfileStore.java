package uncloud.app.session;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import uncloud.client.UncloudException;

/**
 * Connection profiles as a JSON list in the console's config directory. Profiles hold no secrets, so
 * plain JSON is fine. The demo profile is always listed first, whether saved or not.
 */
public final class JsonProfileStore implements ProfileStore {
    private static final TypeReference<List<ConnectionProfile>> LIST = new TypeReference<>() {};

    private final Path file;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public JsonProfileStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<ConnectionProfile> list() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        profiles.add(ConnectionProfile.demo());
        for (ConnectionProfile saved : read()) {
            if (!saved.name().equals(ConnectionProfile.demo().name())) {
                profiles.add(saved);
            }
        }
        return profiles;
    }

    @Override
    public synchronized void save(ConnectionProfile profile) {
        if (profile.name().equals(ConnectionProfile.demo().name())) {
            throw new UncloudException("The name \"demo\" belongs to the built-in demo profile; choose another name.");
        }
        List<ConnectionProfile> profiles = new ArrayList<>(read());
        profiles.removeIf(saved -> saved.name().equals(profile.name()));
        profiles.add(profile);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "profiles", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), profiles);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save profiles to " + file + ": " + e.getMessage(), e);
        }
    }

    private List<ConnectionProfile> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), LIST);
        } catch (IOException e) {
            throw new UncloudException(
                    "The profile file " + file + " is not readable (" + e.getMessage() + "); fix or remove it.", e);
        }
    }
}
