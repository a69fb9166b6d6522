package uncloud.app.login;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uncloud.app.common.Command;
import uncloud.app.common.FieldRules;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.DatabaseProfile;
import uncloud.client.profile.LdapProfile;
import uncloud.client.profile.SshProfile;

/**
 * The form for one connection profile (never the built-in demo). An empty SSH host means the database
 * is reached directly. Saving hands the profile to {@code onSave}.
 */
public final class EditProfileViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sshHost = new SimpleStringProperty("");
    private final StringProperty sshPort = new SimpleStringProperty("22");
    private final StringProperty sshUser = new SimpleStringProperty("");
    private final StringProperty sshKeyFile = new SimpleStringProperty("");
    private final StringProperty databaseHost = new SimpleStringProperty("localhost");
    private final StringProperty databasePort = new SimpleStringProperty("5432");
    private final StringProperty databaseName = new SimpleStringProperty("uncloud");
    private final StringProperty databaseUser = new SimpleStringProperty("uncloud");
    private final StringProperty ldapUrl = new SimpleStringProperty("ldaps://");
    private final StringProperty ldapBaseDn = new SimpleStringProperty("");
    private final StringProperty staffGroupDn = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private final Command save;

    public EditProfileViewModel(Optional<ConnectionProfile> existing, Consumer<ConnectionProfile> onSave) {
        existing.filter(profile -> !profile.demo()).ifPresent(this::load);
        valid = Bindings.createBooleanBinding(
                () -> firstError().isEmpty(),
                name,
                sshHost,
                sshPort,
                sshUser,
                databaseHost,
                databasePort,
                databaseName,
                databaseUser,
                ldapUrl,
                ldapBaseDn,
                staffGroupDn);
        save = new Command(() -> onSave.accept(toProfile()), valid);
    }

    private void load(ConnectionProfile profile) {
        name.set(profile.name());
        profile.ssh().ifPresent(ssh -> {
            sshHost.set(ssh.host());
            sshPort.set(String.valueOf(ssh.port().orElse(22)));
            sshUser.set(ssh.user().orElse(""));
            sshKeyFile.set(ssh.key().map(Path::toString).orElse(""));
        });
        databaseHost.set(profile.database().host());
        databasePort.set(String.valueOf(profile.database().port()));
        databaseName.set(profile.database().name());
        databaseUser.set(profile.database().user());
        ldapUrl.set(profile.ldap().url().toString());
        ldapBaseDn.set(profile.ldap().baseDn());
        staffGroupDn.set(profile.ldap().staffGroupDn());
    }

    public Optional<String> firstError() {
        Optional<String> error = profileNameError(name.get());
        if (!sshHost.get().isBlank()) {
            error = error.or(() -> FieldRules.wholeNumber("SSH port", sshPort.get(), 1, 65535));
        }
        return error.or(() -> FieldRules.required("Database host", databaseHost.get()))
                .or(() -> FieldRules.wholeNumber("Database port", databasePort.get(), 1, 65535))
                .or(() -> FieldRules.required("Database name", databaseName.get()))
                .or(() -> FieldRules.required("Database user", databaseUser.get()))
                .or(() -> ldapUrlError(ldapUrl.get()))
                .or(() -> FieldRules.required("LDAP base DN", ldapBaseDn.get()))
                .or(() -> FieldRules.required("Staff group DN", staffGroupDn.get()));
    }

    /** The same rule client-lib's profile store applies to file names. */
    public static Optional<String> profileNameError(String text) {
        if (text == null || !text.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            return Optional.of("Name: lower-case letters, digits, '.', '_' or '-' (e.g. office-zurich).");
        }
        if (text.equals(ConnectionProfile.DEMO)) {
            return Optional.of("The name 'demo' belongs to the built-in offline demo.");
        }
        return Optional.empty();
    }

    public static Optional<String> ldapUrlError(String url) {
        if (url == null || !url.matches("ldaps?://[^/\\s]+(:\\d+)?/?")) {
            return Optional.of("LDAP URL must look like ldaps://ldap.example.net:636.");
        }
        return Optional.empty();
    }

    ConnectionProfile toProfile() {
        Optional<SshProfile> ssh = sshHost.get().isBlank()
                ? Optional.empty()
                : Optional.of(new SshProfile(
                        sshHost.get().strip(),
                        optional(sshUser.get()),
                        Optional.of(Integer.parseInt(sshPort.get().strip())),
                        optional(sshKeyFile.get()).map(Path::of),
                        List.of(),
                        Optional.empty()));
        return new ConnectionProfile(
                name.get().strip(),
                ssh,
                new DatabaseProfile(
                        databaseHost.get().strip(),
                        Integer.parseInt(databasePort.get().strip()),
                        databaseName.get().strip(),
                        databaseUser.get().strip(),
                        Optional.empty()),
                new LdapProfile(
                        URI.create(ldapUrl.get().strip()),
                        false,
                        ldapBaseDn.get().strip(),
                        staffGroupDn.get().strip(),
                        LdapProfile.BindMode.ANONYMOUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                false);
    }

    private static Optional<String> optional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public StringProperty nameProperty() {
        return name;
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

    public StringProperty databaseUserProperty() {
        return databaseUser;
    }

    public StringProperty ldapUrlProperty() {
        return ldapUrl;
    }

    public StringProperty ldapBaseDnProperty() {
        return ldapBaseDn;
    }

    public StringProperty staffGroupDnProperty() {
        return staffGroupDn;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public Command saveCommand() {
        return save;
    }
}
