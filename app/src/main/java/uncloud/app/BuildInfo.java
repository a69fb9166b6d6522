package uncloud.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build time, written into {@code build.properties} by Maven's resource filtering. */
public record BuildInfo(String version, String buildTime) {
    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource means an unknown build, not a failure
        }
        return new BuildInfo(
                properties.getProperty("version", "development build"), properties.getProperty("buildTime", "unknown"));
    }
}
