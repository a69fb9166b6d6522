package uncloud.app;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.app.main.Area;
import uncloud.app.main.MainViewModel;

/** Everything that lives as long as one login: the main view model, the areas, the change watches. */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final MainViewModel main;
    private final List<Area> areas;
    private final List<AutoCloseable> watches;

    Workspace(MainViewModel main, List<Area> areas, List<AutoCloseable> watches) {
        this.main = main;
        this.areas = List.copyOf(areas);
        this.watches = new ArrayList<>(watches);
    }

    public MainViewModel main() {
        return main;
    }

    public List<Area> areas() {
        return areas;
    }

    @Override
    public void close() {
        for (AutoCloseable watch : watches) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("Closing a change watch failed", e);
            }
        }
        main.close();
    }
}
