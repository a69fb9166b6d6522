package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uncloud.client.auth.CustomerAccounts;
import uncloud.client.auth.LdapUser;
import uncloud.client.auth.Role;
import uncloud.client.testing.TestDatabase;

class BootstrapUserCommandTest {
    private static TestDatabase testDb;

    @TempDir
    static Path profiles;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        testDb = TestDatabase.create();
        Files.writeString(profiles.resolve("local.json"), """
                {"database": {"host": "127.0.0.1", "port": %d, "name": "%s", "user": "postgres"},
                 "ldap": {"url": "ldap://127.0.0.1", "baseDn": "dc=test", "staffGroup": "cn=staff,dc=test"}}
                """.formatted(testDb.port(), testDb.name()));
        CustomerAccounts accounts = new CustomerAccounts(testDb.database());
        for (String uid : new String[] {"carol", "dave"}) {
            accounts.recordLogin(new LdapUser(uid, "uid=" + uid + ",dc=test", uid, Optional.empty(), Role.CUSTOMER));
        }
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    @Test
    void aUserWhoLoggedInOnceBecomesStaff() throws Exception {
        int exit = run("bootstrap-user", "--username", "carol", "--profile", "local");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("carol is now staff." + System.lineSeparator());
        assertThat(isStaff("carol")).isTrue();
    }

    @Test
    void aUserWhoNeverLoggedInGetsAOneLineReason() {
        int exit = run("bootstrap-user", "--username", "ghost", "--profile", "local");

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString())
                .startsWith("uncloud bootstrap-user: User 'ghost' has never logged in: ask them to log in")
                .hasLineCount(1);
    }

    @Test
    void withoutAProfileTheSoleStoredOneIsUsed() throws Exception {
        int exit = run("bootstrap-user", "--username", "dave");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(isStaff("dave")).isTrue();
    }

    private int run(String... args) {
        CommandLine commandLine = UncloudCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] withDir = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--profiles-dir", profiles.toString()))
                .toArray(String[]::new);
        return commandLine.execute(withDir);
    }

    private static boolean isStaff(String uid) throws Exception {
        try (var connection = testDb.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select is_staff from customer where ldap_uid = '" + uid + "'")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
