package uncloud.app.common;

/**
 * Style classes used by the console's views: AtlantaFX's where they exist (so both themes colour
 * them), ours from {@code console.css} otherwise. Views use these constants, never string literals.
 */
public final class Styles {
    private Styles() {}

    // AtlantaFX
    public static final String TITLE_2 = atlantafx.base.theme.Styles.TITLE_2;
    public static final String TITLE_3 = atlantafx.base.theme.Styles.TITLE_3;
    public static final String TEXT_MUTED = atlantafx.base.theme.Styles.TEXT_MUTED;
    public static final String TEXT_SMALL = atlantafx.base.theme.Styles.TEXT_SMALL;
    public static final String DANGER = atlantafx.base.theme.Styles.DANGER;
    public static final String SUCCESS = atlantafx.base.theme.Styles.SUCCESS;
    public static final String WARNING = atlantafx.base.theme.Styles.WARNING;
    public static final String ACCENT = atlantafx.base.theme.Styles.ACCENT;
    public static final String BUTTON_ICON = atlantafx.base.theme.Styles.BUTTON_ICON;
    public static final String FLAT = atlantafx.base.theme.Styles.FLAT;
    public static final String STRIPED = atlantafx.base.theme.Styles.STRIPED;
    public static final String DENSE = atlantafx.base.theme.Styles.DENSE;

    /** The console's own stylesheet; every scene (windows and dialogs) gets it through {@link #apply}. */
    public static final String STYLESHEET =
            Styles.class.getResource("/uncloud/app/console.css").toExternalForm();

    public static javafx.scene.Scene apply(javafx.scene.Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    // console.css
    public static final String ICON = "console-icon";
    public static final String SIDEBAR = "console-sidebar";
    public static final String STATUS_BAR = "console-status-bar";
    public static final String CONNECTION_UP = "connection-up";
    public static final String CONNECTION_DOWN = "connection-down";
    public static final String CONNECTION_RECONNECTING = "connection-reconnecting";
    public static final String LOGIN_PANE = "console-login";
    public static final String STEP_LIST = "console-steps";
    public static final String DETAIL_PANE = "console-detail";
    public static final String FORM = "console-form";
}
