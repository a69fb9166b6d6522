package uncloud.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second core, the classes the console needs up to its login window, in the order it needs them, while
 * the main thread starts the JavaFX toolkit; the UI thread then finds most of them loaded. Loading about 3,000
 * classes from the jar is most of the cold start on a desktop. The list ({@code console-startup-classes.txt}) is
 * recorded by {@code bench/scripts/console-startup-classes.sh}; a class it names that no longer exists is skipped.
 * Classes are loaded, not initialised: static initialisers still run on the thread that first uses them.
 */
final class ConsoleWarmUp {
    private static final String CLASS_LIST = "console-startup-classes.txt";

    private ConsoleWarmUp() {}

    static void startInBackground() {
        Thread thread = new Thread(ConsoleWarmUp::loadClasses, "console warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadClasses() {
        ClassLoader loader = ConsoleWarmUp.class.getClassLoader();
        InputStream list = ConsoleWarmUp.class.getResourceAsStream(CLASS_LIST);
        if (list == null) {
            return;
        }
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name; (name = names.readLine()) != null; ) {
                load(name.strip(), loader);
            }
        } catch (IOException e) {
            // only a head start: the console loads what it needs anyway
        }
    }

    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // another platform's or version's class: the console does not need it here
        }
    }
}
