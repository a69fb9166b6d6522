package uncloud.app.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link WindowState} as JSON in the XDG config directory ({@code
 * $XDG_CONFIG_HOME/uncloud/console-window.json}). A missing or unreadable file means defaults: losing
 * a window size is never worth an error dialog.
 */
public final class WindowStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);

    private final Path file;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public WindowStateStore(Path file) {
        this.file = file;
    }

    /** The file in the user's config directory, following the XDG base directory rules. */
    public static Path defaultFile() {
        return configDirectory().resolve("console-window.json");
    }

    public static Path configDirectory() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return base.resolve("uncloud");
    }

    public WindowState load() {
        if (!Files.isRegularFile(file)) {
            return WindowState.DEFAULT;
        }
        try {
            return json.readValue(file.toFile(), WindowState.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable window state in {}: {}", file, e.getMessage());
            return WindowState.DEFAULT;
        }
    }

    public void save(WindowState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "console-window", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), state);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not remember the window state in {}: {}", file, e.getMessage());
        }
    }
}
