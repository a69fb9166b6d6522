package uncloud.app.common;

/**
 * What the console remembers between runs: the main window's bounds, the theme and the last
 * connection profile. Never a password.
 */
public record WindowState(
        double x, double y, double width, double height, boolean maximized, Theme theme, String lastProfile) {
    public static final WindowState DEFAULT =
            new WindowState(Double.NaN, Double.NaN, 1280, 800, false, Theme.LIGHT, null);

    public WindowState {
        theme = theme == null ? Theme.LIGHT : theme;
        width = width < 640 ? 640 : width;
        height = height < 400 ? 400 : height;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public WindowState withBounds(double x, double y, double width, double height, boolean maximized) {
        return new WindowState(x, y, width, height, maximized, theme, lastProfile);
    }

    public WindowState withTheme(Theme theme) {
        return new WindowState(x, y, width, height, maximized, theme, lastProfile);
    }

    public WindowState withLastProfile(String lastProfile) {
        return new WindowState(x, y, width, height, maximized, theme, lastProfile);
    }
}
