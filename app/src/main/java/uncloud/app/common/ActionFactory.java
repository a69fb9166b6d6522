package uncloud.app.common;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Turns {@link ConsoleAction}s and {@link Command}s into controls, the same way everywhere. */
public final class ActionFactory {
    private ActionFactory() {}

    public static Button button(ConsoleAction action, Command command) {
        Button button = new Button(action.label(), IconTheme.icon(action.icon()));
        button.setOnAction(event -> command.execute());
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tooltip(action)));
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    /** A button showing only the icon (toolbars); the label stays available as tooltip. */
    public static Button iconButton(ConsoleAction action, Command command) {
        Button button = button(action, command);
        button.setText(null);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        return button;
    }

    public static MenuItem menuItem(ConsoleAction action, Command command) {
        MenuItem item = new MenuItem(action.label(), IconTheme.icon(action.icon()));
        item.setOnAction(event -> command.execute());
        item.disableProperty().bind(command.executableProperty().not());
        if (action.accelerator() != null) {
            item.setAccelerator(KeyCombination.valueOf(action.accelerator()));
        }
        item.setMnemonicParsing(false);
        return item;
    }

    /** Makes the action's shortcut work anywhere in the scene, for actions that have no menu item. */
    public static void bindShortcut(Scene scene, ConsoleAction action, Command command) {
        if (action.accelerator() != null) {
            scene.getAccelerators().put(KeyCombination.valueOf(action.accelerator()), command::execute);
        }
    }

    private static String tooltip(ConsoleAction action) {
        if (action.accelerator() == null) {
            return action.label();
        }
        return action.label() + " ("
                + KeyCombination.valueOf(action.accelerator()).getDisplayText() + ")";
    }
}
