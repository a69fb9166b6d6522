package uncloud.app.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every user action with its label, icon and keyboard shortcut, in one place so buttons, menu items
 * and the shortcut list never disagree. "Shortcut" is Ctrl on Linux and Windows, Cmd on macOS.
 */
public enum ConsoleAction {
    NEW("New…", Material2AL.ADD, "Shortcut+N"),
    EDIT("Edit…", Material2AL.EDIT, "Shortcut+E"),
    SAVE("Save", Material2MZ.SAVE, "Shortcut+S"),
    REFRESH("Refresh", Material2MZ.REFRESH, "F5"),
    FILTER("Filter", Material2AL.FILTER_LIST, "Shortcut+F"),
    CANCEL("Cancel", Material2AL.CLOSE, "Esc"),
    EXPORT_CSV("Export CSV…", Material2MZ.SAVE_ALT, "Shortcut+Shift+E"),
    COLUMNS("Columns", Material2MZ.VIEW_COLUMN, null),
    PLACE_ORDER("Place order…", Material2MZ.SHOPPING_CART, "Shortcut+N"),
    END_ORDER("End order…", Material2MZ.STOP_CIRCLE, "Shortcut+D"),
    REPLACE_ORDER("Replace order…", Material2MZ.SWAP_HORIZ, "Shortcut+R"),
    CHECK_AGENT("Ask the agent", Material2MZ.NETWORK_CHECK, "Shortcut+K"),
    TOGGLE_THEME("Dark theme", Material2AL.BRIGHTNESS_6, "Shortcut+Shift+T"),
    ABOUT("About Uncloud Console", Material2AL.INFO, "F1"),
    LOG_IN("Log in", Material2AL.LOGIN, null),
    LOG_OUT("Log out", Material2AL.EXIT_TO_APP, null),
    QUIT("Quit", Material2MZ.POWER_SETTINGS_NEW, "Shortcut+Q");

    private final String label;
    private final Ikon icon;
    private final String accelerator;

    ConsoleAction(String label, Ikon icon, String accelerator) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** In {@code KeyCombination} syntax, or null when the action has no shortcut. */
    public String accelerator() {
        return accelerator;
    }
}
