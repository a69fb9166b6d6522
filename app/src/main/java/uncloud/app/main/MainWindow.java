package uncloud.app.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import uncloud.app.common.ActionFactory;
import uncloud.app.common.Command;
import uncloud.app.common.ConsoleAction;
import uncloud.app.common.IconTheme;
import uncloud.app.common.Styles;

/**
 * The main window's content: menu bar, sidebar of areas, the current area, status bar. The window's
 * shortcuts (Ctrl+N, F5, Ctrl+F) go to whichever area is shown.
 */
public final class MainWindow {
    /** What the window's menus do beyond the areas; the console app supplies them. */
    public interface Actions {
        void logOut();

        void quit();

        void toggleTheme();

        void about();
    }

    private final MainViewModel viewModel;
    private final List<Area> areas;
    private final Actions actions;
    private final ListView<Area> sidebar = new ListView<>();
    private final StackPane content = new StackPane();
    private Area current;
    private Scene scene;
    private final Map<KeyCombination, Runnable> areaShortcuts = new HashMap<>();

    public MainWindow(MainViewModel viewModel, List<Area> areas, Actions actions) {
        this.viewModel = viewModel;
        this.areas = List.copyOf(areas);
        this.actions = actions;
    }

    public Scene createScene(double width, double height) {
        scene = new Scene(createView(), width, height);
        bindAreaShortcuts();
        ActionFactory.bindShortcut(
                scene, ConsoleAction.NEW, new Command(() -> current.newCommand().execute()));
        ActionFactory.bindShortcut(
                scene,
                ConsoleAction.REFRESH,
                new Command(() -> current.refreshCommand().execute()));
        ActionFactory.bindShortcut(scene, ConsoleAction.FILTER, new Command(() -> current.focusFilter()));
        return scene;
    }

    /** Replaces the previous area's shortcuts with the current one's. */
    private void bindAreaShortcuts() {
        if (scene == null) {
            return;
        }
        areaShortcuts.keySet().forEach(scene.getAccelerators()::remove);
        areaShortcuts.clear();
        current.shortcuts().forEach((action, command) -> {
            if (action.accelerator() != null) {
                KeyCombination key = KeyCombination.valueOf(action.accelerator());
                Runnable run = command::execute;
                areaShortcuts.put(key, run);
                scene.getAccelerators().put(key, run);
            }
        });
    }

    /** Shows the area with this title (sidebar click, keyboard, tests). */
    public void show(String title) {
        areas.stream()
                .filter(area -> area.title().equals(title))
                .findFirst()
                .ifPresent(sidebar.getSelectionModel()::select);
    }

    private Parent createView() {
        sidebar.getItems().setAll(areas);
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        sidebar.setPrefWidth(190);
        sidebar.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Area area, boolean empty) {
                super.updateItem(area, empty);
                setText(empty || area == null ? null : area.title());
                setGraphic(empty || area == null ? null : IconTheme.icon(area.icon()));
            }
        });
        sidebar.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now == null || now == current) {
                return;
            }
            if (current != null && !current.mayLeave()) {
                sidebar.getSelectionModel().select(current);
                return;
            }
            current = now;
            content.getChildren().setAll(now.view());
            bindAreaShortcuts();
        });
        content.disableProperty().bind(viewModel.connectedProperty().not());

        BorderPane root = new BorderPane(content);
        root.setTop(menuBar());
        root.setLeft(sidebar);
        root.setBottom(new StatusBar(viewModel));
        sidebar.getSelectionModel().selectFirst();
        return root;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("Console");
        file.getItems()
                .addAll(
                        ActionFactory.menuItem(ConsoleAction.LOG_OUT, new Command(actions::logOut)),
                        new SeparatorMenuItem(),
                        ActionFactory.menuItem(ConsoleAction.QUIT, new Command(actions::quit)));
        Menu view = new Menu("View");
        view.getItems()
                .addAll(
                        ActionFactory.menuItem(
                                ConsoleAction.REFRESH,
                                new Command(() -> current.refreshCommand().execute())),
                        ActionFactory.menuItem(ConsoleAction.FILTER, new Command(() -> current.focusFilter())),
                        new SeparatorMenuItem(),
                        ActionFactory.menuItem(ConsoleAction.TOGGLE_THEME, new Command(actions::toggleTheme)));
        Menu help = new Menu("Help");
        help.getItems().add(ActionFactory.menuItem(ConsoleAction.ABOUT, new Command(actions::about)));
        return new MenuBar(file, view, help);
    }
}
