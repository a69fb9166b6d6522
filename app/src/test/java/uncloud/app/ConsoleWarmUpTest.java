package uncloud.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleWarmUpTest {
    /**
     * A list gone stale after a library upgrade would silently lose the head start: re-record it with
     * bench/scripts/console-startup-classes.sh when this fails.
     */
    @Test
    void almostEveryClassTheWarmUpListsExistsHere() throws IOException {
        List<String> names;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ConsoleWarmUp.class.getResourceAsStream("console-startup-classes.txt"), StandardCharsets.UTF_8))) {
            names = reader.lines().toList();
        }
        long missing = names.stream().filter(ConsoleWarmUpTest::missing).count();

        assertThat(names).hasSizeGreaterThan(1000).contains("uncloud.app.login.LoginView", "javafx.scene.Scene");
        assertThat(missing).isLessThan(names.size() / 20);
    }

    private static boolean missing(String name) {
        try {
            Class.forName(name, false, ConsoleWarmUpTest.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }
}
