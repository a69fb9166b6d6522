package uncloud.app.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons come from Ikonli's Material 2 pack, sized and coloured by the theme's CSS. */
public final class IconTheme {
    private IconTheme() {}

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(Styles.ICON);
        return icon;
    }
}
