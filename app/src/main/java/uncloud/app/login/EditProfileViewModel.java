package uncloud.app.login;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uncloud.app.common.Command;
import uncloud.app.common.FieldRules;
import uncloud.app.session.ConnectionProfile;

/** The form for one connection profile; saving hands the profile to {@code onSave}. */
public final class EditProfileViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ConnectionProfile.Kind> kind =
            new SimpleObjectProperty<>(ConnectionProfile.Kind.SSH_TUNNEL);
    private final StringProperty sshHost = new SimpleStringProperty("");
    private final StringProperty sshPort = new SimpleStringProperty("22");
    private final StringProperty sshUser = new SimpleStringProperty("");
    private final StringProperty sshKeyFile = new SimpleStringProperty("");
    private final StringProperty databaseHost = new SimpleStringProperty("localhost");
    private final StringProperty databasePort = new SimpleStringProperty("5432");
    private final StringProperty databaseName = new SimpleStringProperty("uncloud");
    private final StringProperty ldapUrl = new SimpleStringProperty("ldaps://");
    private final StringProperty ldapBaseDn = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private final Command save;

    public EditProfileViewModel(Optional<ConnectionProfile> existing, Consumer<ConnectionProfile> onSave) {
        existing.ifPresent(this::load);
        valid = Bindings.createBooleanBinding(
                () -> firstError().isEmpty(),
                name,
                kind,
                sshHost,
                sshPort,
                sshUser,
                databaseHost,
                databasePort,
                databaseName,
                ldapUrl,
                ldapBaseDn);
        save = new Command(() -> onSave.accept(toProfile()), valid);
    }

    private void load(ConnectionProfile profile) {
        name.set(profile.name());
        kind.set(profile.kind());
        sshHost.set(profile.sshHost());
        sshPort.set(String.valueOf(profile.sshPort()));
        sshUser.set(profile.sshUser());
        sshKeyFile.set(profile.sshKeyFile());
        databaseHost.set(profile.databaseHost());
        databasePort.set(String.valueOf(profile.databasePort()));
        databaseName.set(profile.databaseName());
        ldapUrl.set(profile.ldapUrl());
        ldapBaseDn.set(profile.ldapBaseDn());
    }

    public Optional<String> firstError() {
        Optional<String> error = FieldRules.required("Name", name.get());
        if (kind.get() == ConnectionProfile.Kind.DEMO) {
            return error;
        }
        return error.or(() -> FieldRules.required("SSH host", sshHost.get()))
                .or(() -> FieldRules.wholeNumber("SSH port", sshPort.get(), 1, 65535))
                .or(() -> FieldRules.required("SSH user", sshUser.get()))
                .or(() -> FieldRules.required("Database host", databaseHost.get()))
                .or(() -> FieldRules.wholeNumber("Database port", databasePort.get(), 1, 65535))
                .or(() -> FieldRules.required("Database name", databaseName.get()))
                .or(() -> ldapUrlError(ldapUrl.get()))
                .or(() -> FieldRules.required("LDAP base DN", ldapBaseDn.get()));
    }

    public static Optional<String> ldapUrlError(String url) {
        if (url == null || !(url.matches("ldaps?://[^/\\s]+(:\\d+)?/?"))) {
            return Optional.of("LDAP URL must look like ldaps://ldap.example.net:636.");
        }
        return Optional.empty();
    }

    ConnectionProfile toProfile() {
        boolean demo = kind.get() == ConnectionProfile.Kind.DEMO;
        return new ConnectionProfile(
                name.get().strip(),
                kind.get(),
                sshHost.get().strip(),
                demo ? 22 : Integer.parseInt(sshPort.get().strip()),
                sshUser.get().strip(),
                sshKeyFile.get().strip(),
                databaseHost.get().strip(),
                demo ? 5432 : Integer.parseInt(databasePort.get().strip()),
                databaseName.get().strip(),
                ldapUrl.get().strip(),
                ldapBaseDn.get().strip());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ConnectionProfile.Kind> kindProperty() {
        return kind;
    }

    public StringProperty sshHostProperty() {
        return sshHost;
    }

    public StringProperty sshPortProperty() {
        return sshPort;
    }

    public StringProperty sshUserProperty() {
        return sshUser;
    }

    public StringProperty sshKeyFileProperty() {
        return sshKeyFile;
    }

    public StringProperty databaseHostProperty() {
        return databaseHost;
    }

    public StringProperty databasePortProperty() {
        return databasePort;
    }

    public StringProperty databaseNameProperty() {
        return databaseName;
    }

    public StringProperty ldapUrlProperty() {
        return ldapUrl;
    }

    public StringProperty ldapBaseDnProperty() {
        return ldapBaseDn;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public Command saveCommand() {
        return save;
    }
}
