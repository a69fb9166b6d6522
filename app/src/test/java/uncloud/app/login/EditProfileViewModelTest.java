package uncloud.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.profile.ConnectionProfile;

class EditProfileViewModelTest {
    private final List<ConnectionProfile> saved = new ArrayList<>();
    private final EditProfileViewModel form = new EditProfileViewModel(Optional.empty(), saved::add);

    private void fillIn() {
        form.nameProperty().set("office-zurich");
        form.sshHostProperty().set("bastion.example.net");
        form.sshUserProperty().set("console");
        form.sshKeyFileProperty().set("/home/alice/.ssh/id_ed25519");
        form.ldapUrlProperty().set("ldaps://ldap.example.net:636");
        form.ldapBaseDnProperty().set("dc=example,dc=net");
        form.staffGroupDnProperty().set("cn=staff,ou=groups,dc=example,dc=net");
    }

    @Test
    void aFilledInProfileIsSavedWithItsTunnel() {
        fillIn();

        form.saveCommand().execute();

        ConnectionProfile profile = saved.get(0);
        assertThat(profile.name()).isEqualTo("office-zurich");
        assertThat(profile.ssh().orElseThrow().host()).isEqualTo("bastion.example.net");
        assertThat(profile.ssh().orElseThrow().key()).contains(Path.of("/home/alice/.ssh/id_ed25519"));
        assertThat(profile.database().port()).isEqualTo(5432);
        assertThat(profile.ldap().url().toString()).isEqualTo("ldaps://ldap.example.net:636");
        assertThat(profile.demo()).isFalse();
    }

    @Test
    void anEmptySshHostMeansADirectConnection() {
        fillIn();
        form.sshHostProperty().set("");

        form.saveCommand().execute();

        assertThat(saved.get(0).ssh()).isEmpty();
    }

    @ParameterizedTest(name = "name \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            office-zurich | ''
            Office        | Name: lower-case letters, digits, '.', '_' or '-' (e.g. office-zurich).
            demo          | The name 'demo' belongs to the built-in offline demo.
            """)
    void theProfileNameFollowsTheStoreRules(String name, String error) {
        fillIn();
        form.nameProperty().set(name);

        assertThat(form.firstError().orElse("")).isEqualTo(error);
        assertThat(form.saveCommand().isExecutable()).isEqualTo(error.isEmpty());
    }

    @Test
    void anExistingProfileIsShownForEditing() {
        fillIn();
        form.saveCommand().execute();

        EditProfileViewModel editing = new EditProfileViewModel(Optional.of(saved.get(0)), profile -> {});

        assertThat(editing.sshHostProperty().get()).isEqualTo("bastion.example.net");
        assertThat(editing.staffGroupDnProperty().get()).isEqualTo("cn=staff,ou=groups,dc=example,dc=net");
        assertThat(editing.saveCommand().isExecutable()).isTrue();
    }
}
