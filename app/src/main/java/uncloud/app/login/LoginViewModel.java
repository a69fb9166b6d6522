package uncloud.app.login;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskHandle;
import uncloud.app.common.TaskRunner;
import uncloud.app.session.ConnectionProfiles;
import uncloud.app.session.LoginPrompts;
import uncloud.app.session.Session;
import uncloud.app.session.SessionOpener;
import uncloud.client.UncloudException;
import uncloud.client.profile.ConnectStep;
import uncloud.client.profile.ConnectionProfile;

/**
 * The login form: a profile, a user and a password; logging in runs the steps in the background,
 * shows each step's progress, and on failure marks the step and says precisely what went wrong. The
 * password lives only in this form's property and is cleared after every attempt. Questions on the way
 * (an unknown host key, an encrypted key's passphrase) pause the step until the person answers; a
 * passphrase goes straight from the dialog to the SSH library, which wipes it.
 */
public final class LoginViewModel {
    public static final String TRUST_HOST_KEY = "Trust host key and connect";
    public static final String PASSPHRASE_TITLE = "SSH key passphrase";
    public static final String UNLOCK_KEY = "Unlock key";

    private final ConnectionProfiles profiles;
    private final SessionOpener opener;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Session> onLoggedIn;

    private final ObservableList<ConnectionProfile> profileList = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<StepStatus> steps = FXCollections.observableArrayList();
    private final SimpleObjectProperty<LoginError> error = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final Command logIn;
    private final Command cancel;
    private TaskHandle running = TaskHandle.DONE;

    public LoginViewModel(
            ConnectionProfiles profiles,
            SessionOpener opener,
            TaskRunner tasks,
            DialogService dialogs,
            Consumer<Session> onLoggedIn) {
        this.profiles = profiles;
        this.opener = opener;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onLoggedIn = onLoggedIn;
        logIn = new Command(
                this::logIn,
                busy.not().and(profile.isNotNull()).and(user.isNotEmpty()).and(password.isNotEmpty()));
        cancel = new Command(this::cancel, busy);
        resetSteps();
    }

    /** Loads the saved profiles and selects {@code preferred} (the last one used, or the command line's). */
    public void loadProfiles(String preferred) {
        profileList.setAll(profiles.list());
        profile.set(profileList.stream()
                .filter(candidate -> candidate.name().equals(preferred))
                .findFirst()
                .orElse(profileList.isEmpty() ? null : profileList.get(0)));
    }

    /** Stores a created or edited profile and selects it; false (after saying why) when it could not. */
    public boolean saveProfile(ConnectionProfile saved) {
        try {
            profiles.save(saved);
        } catch (UncloudException | UncheckedIOException e) {
            dialogs.showError("Profile not saved", e.getMessage(), e);
            return false;
        }
        loadProfiles(saved.name());
        return true;
    }

    private void logIn() {
        ConnectionProfile chosen = Objects.requireNonNull(profile.get());
        String name = user.get().strip();
        char[] secret = password.get().toCharArray();
        password.set(""); // never kept beyond this attempt
        resetSteps();
        error.set(null);
        busy.set(true);
        ConnectStep[] current = {ConnectStep.TUNNEL};
        Questions questions = new Questions();
        running = tasks.run(BackgroundTask.of("Log in", progress -> {
                    try {
                        return opener.open(chosen, name, secret, questions, step -> {
                            current[0] = step;
                            tasks.runOnUiThread(() -> started(step));
                        });
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                })
                .onSuccess(session -> {
                    markRunningAs(StepStatus.State.DONE);
                    onLoggedIn.accept(session);
                })
                .onCancelled(() -> markRunningAs(StepStatus.State.PENDING))
                .onError(failure -> {
                    markRunningAs(StepStatus.State.FAILED);
                    error.set(LoginError.of(failure, current[0], questions.skippedKeys()));
                })
                .andFinally(() -> busy.set(false)));
    }

    /**
     * The login's questions to the person: asked from the login thread, shown on the UI thread, the
     * running step marked as waiting meanwhile. Remembers the keys the person skipped, for the error.
     */
    private final class Questions implements LoginPrompts {
        private final List<Path> skippedKeys = new CopyOnWriteArrayList<>();

        @Override
        public boolean trustUnknownHostKey(String host, String fingerprint) {
            return ask(
                    false,
                    () -> dialogs.confirm(
                            "Unknown SSH host",
                            "The console has not connected to " + host + " before. Trust it only if this fingerprint"
                                    + " matches the one your administrators published.",
                            fingerprint,
                            TRUST_HOST_KEY));
        }

        @Override
        public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
            Optional<char[]> passphrase = ask(
                    Optional.empty(),
                    () -> dialogs.askSecret(
                            PASSPHRASE_TITLE, passphraseQuestion(keyFile, attempt), "Passphrase", UNLOCK_KEY));
            if (passphrase.isEmpty()) {
                skippedKeys.add(keyFile);
            }
            return passphrase;
        }

        private <T> T ask(T whenInterrupted, Callable<T> question) {
            try {
                return tasks.callOnUiThread(() -> {
                    mark(StepStatus.State.RUNNING, StepStatus.State.WAITING);
                    try {
                        return question.call();
                    } finally {
                        mark(StepStatus.State.WAITING, StepStatus.State.RUNNING);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the login was cancelled while the question was open
                return whenInterrupted;
            }
        }

        List<Path> skippedKeys() {
            return skippedKeys;
        }
    }

    static String passphraseQuestion(Path keyFile, int attempt) {
        return attempt > 1
                ? "The passphrase for the SSH key " + keyFile + " was wrong. Enter it again, or cancel to skip the key."
                : "The SSH key " + keyFile + " is encrypted. Enter its passphrase to use it for this login, or cancel"
                        + " to skip the key.";
    }

    private void started(ConnectStep step) {
        for (int i = 0; i < steps.size(); i++) {
            StepStatus status = steps.get(i);
            if (status.state() == StepStatus.State.RUNNING) {
                steps.set(i, new StepStatus(status.step(), StepStatus.State.DONE));
            }
            if (status.step() == step) {
                steps.set(i, new StepStatus(step, StepStatus.State.RUNNING));
            } else if (status.step().ordinal() < step.ordinal() && status.state() == StepStatus.State.PENDING) {
                steps.set(i, new StepStatus(status.step(), StepStatus.State.SKIPPED));
            }
        }
    }

    private void markRunningAs(StepStatus.State state) {
        mark(StepStatus.State.RUNNING, state);
        mark(StepStatus.State.WAITING, state);
    }

    private void mark(StepStatus.State from, StepStatus.State to) {
        steps.replaceAll(status -> status.state() == from ? new StepStatus(status.step(), to) : status);
    }

    private void resetSteps() {
        steps.setAll(Arrays.stream(ConnectStep.values())
                .map(step -> new StepStatus(step, StepStatus.State.PENDING))
                .toArray(StepStatus[]::new));
    }

    private void cancel() {
        running.cancel();
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profileList;
    }

    public ObjectProperty<ConnectionProfile> profileProperty() {
        return profile;
    }

    /** The built-in demo cannot be edited; every stored profile can. */
    public BooleanBinding profileEditableProperty() {
        return Bindings.createBooleanBinding(
                () -> profile.get() != null && !profile.get().demo(), profile);
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<StepStatus> steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<LoginError> errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public Command logInCommand() {
        return logIn;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
