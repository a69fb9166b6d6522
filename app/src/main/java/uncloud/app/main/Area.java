package uncloud.app.main;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import uncloud.app.common.Command;

/**
 * One screen area of the main window (Products, Orders, …): its sidebar entry and the commands the
 * window's shortcuts (Ctrl+N, F5, Ctrl+F) reach while it is shown.
 */
public interface Area {
    String title();

    Ikon icon();

    /** Built once, on first show. */
    Node view();

    Command newCommand();

    Command refreshCommand();

    void focusFilter();

    /** False while it has unsaved changes the person chose to keep; the window then stays. */
    default boolean mayLeave() {
        return true;
    }
}
