package uncloud.app;

import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.FxDialogService;
import uncloud.app.common.Styles;
import uncloud.app.common.WindowState;
import uncloud.app.login.EditProfileDialog;
import uncloud.app.login.EditProfileViewModel;
import uncloud.app.login.LoginView;
import uncloud.app.login.LoginViewModel;
import uncloud.app.main.MainWindow;
import uncloud.app.session.Session;

/**
 * The JavaFX application: the login window first, then the main window for the session. Started by
 * {@code uncloud console} through {@link ConsoleLauncher}; tests construct it with their own context.
 */
public final class ConsoleApp extends Application {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleApp.class);

    private AppContext context;
    private WindowState state;
    private Stage loginStage;
    private Stage mainStage;
    private Workspace workspace;
    private MainWindow mainWindow;

    /** Used by {@link Application#launch}: the production context, with the profile from the command line. */
    public ConsoleApp() {}

    public ConsoleApp(AppContext context) {
        this.context = context;
    }

    @Override
    public void init() {
        if (context == null) {
            context = AppContext.production(getParameters().getNamed().get("profile"));
        }
    }

    @Override
    public void start(Stage stage) {
        state = context.windowState().load();
        Application.setUserAgentStylesheet(state.theme().userAgentStylesheet());
        loginStage = stage;
        showLogin();
    }

    private void showLogin() {
        DialogService dialogs = new FxDialogService(() -> loginStage);
        LoginViewModel login = context.loginViewModel(dialogs, this::showMain);
        String preferred = Optional.ofNullable(context.requestedProfile()).orElse(state.lastProfile());
        login.loadProfiles(preferred);
        Command newProfile = new Command(() -> editProfile(login, false));
        Command editProfile = new Command(() -> editProfile(login, true), login.profileEditableProperty());
        loginStage.setTitle("Uncloud Console — log in");
        loginStage.setScene(styled(new Scene(new LoginView(login, newProfile, editProfile).createView())));
        loginStage.setResizable(false);
        loginStage.show();
        logStartupTime();
    }

    /** The cold-start figure of docs/benchmarks.md: JVM start to the login window on screen. */
    private static void logStartupTime() {
        ProcessHandle.current()
                .info()
                .startInstant()
                .ifPresent(started -> LOG.info(
                        "Login window shown {} ms after the JVM started",
                        java.time.Duration.between(started, java.time.Instant.now())
                                .toMillis()));
    }

    private void editProfile(LoginViewModel login, boolean existing) {
        EditProfileDialog[] dialog = new EditProfileDialog[1];
        EditProfileViewModel form = new EditProfileViewModel(
                existing ? Optional.ofNullable(login.profileProperty().get()) : Optional.empty(), profile -> {
                    if (login.saveProfile(profile)) {
                        dialog[0].close();
                    }
                });
        dialog[0] = new EditProfileDialog(loginStage, form);
        dialog[0].show();
    }

    private void showMain(Session session) {
        state = state.withLastProfile(session.profileName());
        context.windowState().save(state);
        mainStage = new Stage();
        DialogService dialogs = new FxDialogService(() -> mainStage);
        workspace = context.workspace(session, dialogs);
        mainWindow = new MainWindow(workspace.main(), workspace.areas(), new MainWindow.Actions() {
            @Override
            public void logOut() {
                closeMain();
                showLogin();
            }

            @Override
            public void quit() {
                Platform.exit();
            }

            @Override
            public void toggleTheme() {
                state = state.withTheme(state.theme().other());
                Application.setUserAgentStylesheet(state.theme().userAgentStylesheet());
                context.windowState().save(state);
            }

            @Override
            public void about() {
                BuildInfo build = context.build();
                dialogs.showInformation(
                        "About Uncloud Console",
                        "Uncloud Console " + build.version() + "\nBuilt " + build.buildTime() + "\nJava "
                                + System.getProperty("java.version") + ", JavaFX "
                                + System.getProperty("javafx.runtime.version"));
            }
        });
        mainStage.setTitle("Uncloud Console — " + session.user() + " @ " + session.profileName());
        mainStage.setScene(styled(mainWindow.createScene(state.width(), state.height())));
        if (state.hasPosition()) {
            mainStage.setX(state.x());
            mainStage.setY(state.y());
        }
        mainStage.setMaximized(state.maximized());
        mainStage.setOnHidden(event -> rememberBounds());
        mainStage.setOnCloseRequest(event -> {
            if (workspace.areas().stream().anyMatch(area -> !area.mayLeave())) {
                event.consume();
            }
        });
        loginStage.hide();
        mainStage.show();
    }

    /** The main window, once logged in (tests navigate it). */
    public Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(mainWindow);
    }

    public Optional<Stage> mainStage() {
        return Optional.ofNullable(mainStage);
    }

    private void rememberBounds() {
        if (mainStage != null) {
            state = state.withBounds(
                    mainStage.getX(),
                    mainStage.getY(),
                    mainStage.getWidth(),
                    mainStage.getHeight(),
                    mainStage.isMaximized());
            context.windowState().save(state);
        }
    }

    private void closeMain() {
        if (mainStage != null) {
            rememberBounds();
            mainStage.setOnHidden(null);
            mainStage.hide();
            mainStage = null;
            mainWindow = null;
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    @Override
    public void stop() {
        closeMain();
        context.tasks().shutdown();
    }

    private static Scene styled(Scene scene) {
        return Styles.apply(scene);
    }

    /** For tests: the root of the login scene. */
    Parent loginRoot() {
        return loginStage.getScene().getRoot();
    }
}
