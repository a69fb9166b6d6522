package uncloud.app.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something a view model can do, with whether it can be done now. Views turn it into buttons and
 * menu items through {@link ActionFactory}; tests just call {@link #execute()}.
 */
public final class Command {
    private final SimpleBooleanProperty executable = new SimpleBooleanProperty(true);
    private final Runnable action;

    public Command(Runnable action) {
        this.action = Objects.requireNonNull(action);
    }

    public Command(Runnable action, ObservableBooleanValue executableWhen) {
        this(action);
        executable.bind(executableWhen);
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action when it is executable now; does nothing otherwise (a stale key press). */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
