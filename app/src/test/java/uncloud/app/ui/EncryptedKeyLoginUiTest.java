package uncloud.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import uncloud.app.AppContext;
import uncloud.app.BuildInfo;
import uncloud.app.ConsoleApp;
import uncloud.app.common.ExecutorTaskRunner;
import uncloud.app.common.WindowStateStore;
import uncloud.app.login.LoginViewModel;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.testing.InMemoryProfileStore;
import uncloud.app.testing.TunnelledServers;

/**
 * The whole way, nothing scripted: the login window, the real passphrase dialog, the login thread
 * waiting for it, and client-lib opening an SSH tunnel with the unlocked key to a real database.
 */
class EncryptedKeyLoginUiTest {
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TunnelledServers servers;
    private ConsoleApp app;

    @BeforeEach
    void startConsole() throws Exception {
        assumeTrue(TunnelledServers.available(), "ssh-keygen (openssh-client) is not installed");
        servers = TunnelledServers.start(Files.createDirectory(folder.resolve("ssh")), PASSPHRASE);
        InMemoryProfileStore profiles = new InMemoryProfileStore();
        profiles.save(servers.profile("tunnelled"));
        FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(
                new WindowStateStore(folder.resolve("window.json")),
                profiles,
                new LibrarySessionOpener(Clock.systemUTC()),
                new ExecutorTaskRunner(Platform::runLater),
                new BuildInfo("test", "now"),
                "tunnelled",
                Clock.systemUTC());
        app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
    }

    @AfterEach
    void stopConsole() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void staffUnlockTheirEncryptedKeyInTheDialogAndAreLoggedInThroughTheTunnel() throws Exception {
        robot.clickOn("#user").write("alice");
        robot.clickOn("#password").write(servers.password());
        robot.clickOn("#log-in");

        SecretQuestions.waitFor(robot, "is encrypted", 30);
        robot.clickOn("#secret").write("not the passphrase");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match(LabeledMatchers.hasText(LoginViewModel.UNLOCK_KEY))
                .queryButton());
        SecretQuestions.waitFor(robot, "was wrong", 30);
        robot.clickOn("#secret").write(PASSPHRASE).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> app.mainStage().map(Window::isShowing).orElse(false));
        Label user = (Label) app.mainStage().orElseThrow().getScene().getRoot().lookup("#current-user");
        assertThat(user.getText()).isEqualTo("alice (staff)");
    }
}
