package uncloud.app.main;

import java.util.Map;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;

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

    /** The area's own actions with shortcuts (End order: Ctrl+D), active while the area is shown. */
    default Map<ConsoleAction, Command> shortcuts() {
        return Map.of();
    }

    /** False while it has unsaved changes the person chose to keep; the window then stays. */
    default boolean mayLeave() {
        return true;
    }
}
