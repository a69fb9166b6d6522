package uncloud.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.UncloudException;

class PassStoreTest {
    @TempDir
    Path folder;

    @Test
    void theFirstLineOfTheEntryIsThePassword() throws Exception {
        Path pass = script("[ \"$1 $2\" = 'show ldap/alice' ] && printf 's3cret pw\\nurl: https://x\\n'");

        assertThat(new PassStore(pass.toString(), "ldap/alice").password()).isEqualTo("s3cret pw".toCharArray());
    }

    @Test
    void aMissingEntryIsReportedWithPassOwnReason() throws Exception {
        Path pass = script("echo 'Error: ldap/bob is not in the password store.' >&2; exit 1");

        UncloudException failed =
                assertThrows(UncloudException.class, () -> new PassStore(pass.toString(), "ldap/bob").password());

        assertThat(failed.getMessage())
                .isEqualTo("'pass show ldap/bob' gave no password: Error: ldap/bob is not in the password store.");
    }

    @Test
    void aMissingPassCommandSaysSo() {
        UncloudException failed = assertThrows(
                UncloudException.class,
                () -> new PassStore(folder.resolve("no-pass").toString(), "ldap/alice").password());

        assertThat(failed.getMessage()).contains("is the password store (pass) installed?");
    }

    private Path script(String body) throws Exception {
        Path file = folder.resolve("pass");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
