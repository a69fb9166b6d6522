package uncloud.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uncloud.client.AuthenticationException;
import uncloud.client.ValidationException;
import uncloud.client.internal.demo.DemoDirectory;

class LdapAuthenticatorTest {
    private static InMemoryDirectoryServer directory;

    @BeforeAll
    static void startDirectory() {
        directory = DemoDirectory.startOnLoopback();
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @Test
    void aMemberOfTheStaffGroupLogsInAsStaff() {
        LdapUser user = anonymousSearch().authenticate("alice", PasswordSource.typed("demo".toCharArray()));

        assertThat(user)
                .isEqualTo(new LdapUser(
                        "alice",
                        "uid=alice,ou=people,dc=uncloud,dc=demo",
                        "Alice Admin",
                        Optional.of("alice@uncloud.demo"),
                        Role.STAFF));
    }

    @Test
    void someoneOutsideTheStaffGroupLogsInAsCustomer() {
        LdapUser user = anonymousSearch().authenticate("carol", PasswordSource.typed("demo".toCharArray()));

        assertThat(user.role()).isEqualTo(Role.CUSTOMER);
        assertThat(user.displayName()).isEqualTo("Carol Customer");
    }

    @Test
    void aServiceAccountCanDoTheSearch() {
        LdapAuthenticator authenticator = new LdapAuthenticator(
                settings().withServiceBind("uid=sam,ou=people,dc=uncloud,dc=demo"),
                Optional.of(PasswordSource.typed("demo".toCharArray())));

        assertThat(authenticator
                        .authenticate("dave", PasswordSource.typed("demo".toCharArray()))
                        .uid())
                .isEqualTo("dave");
    }

    @Test
    void aWrongServiceAccountPasswordIsReportedAsSuch() {
        LdapAuthenticator authenticator = new LdapAuthenticator(
                settings().withServiceBind("uid=sam,ou=people,dc=uncloud,dc=demo"),
                Optional.of(PasswordSource.typed("nope".toCharArray())));

        AuthenticationException refused = assertThrows(
                AuthenticationException.class,
                () -> authenticator.authenticate("dave", PasswordSource.typed("demo".toCharArray())));

        assertThat(refused.getMessage()).startsWith("The directory refused the service account uid=sam");
    }

    @Test
    void aWrongPasswordIsRefused() {
        AuthenticationException refused = assertThrows(
                AuthenticationException.class,
                () -> anonymousSearch().authenticate("alice", PasswordSource.typed("guess".toCharArray())));

        assertThat(refused.getMessage()).isEqualTo("Wrong user name or password.");
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
        AuthenticationException refused = assertThrows(
                AuthenticationException.class,
                () -> anonymousSearch().authenticate("mallory", PasswordSource.typed("demo".toCharArray())));

        assertThat(refused.getMessage()).isEqualTo("Wrong user name or password.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "*)(uid=*", "alice)(|(uid=*", "al*", "*)(objectClass=*", "alice\\2a"})
    void filterMetacharactersInTheUserNameLogNobodyIn(String username) {
        assertThrows(
                AuthenticationException.class,
                () -> anonymousSearch().authenticate(username, PasswordSource.typed("demo".toCharArray())));
    }

    @Test
    void anEmptyPasswordIsRefusedBeforeTheDirectorySeesAnUnauthenticatedBind() {
        AuthenticationException refused = assertThrows(
                AuthenticationException.class,
                () -> anonymousSearch().authenticate("alice", PasswordSource.typed(new char[0])));

        assertThat(refused.getMessage()).isEqualTo("Enter a password.");
    }

    @Test
    void aMissingStaffGroupIsAConfigurationErrorNotASilentDemotion() {
        LdapSettings wrongGroup = new LdapSettings(
                settings().url(),
                false,
                DemoDirectory.BASE_DN,
                "cn=nobody,ou=groups," + DemoDirectory.BASE_DN,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(5));

        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new LdapAuthenticator(wrongGroup, Optional.empty())
                        .authenticate("alice", PasswordSource.typed("demo".toCharArray())));

        assertThat(refused.field()).contains("ldapStaffGroup");
    }

    @Test
    void plainLdapToARemoteHostIsRefusedBecauseItWouldSendPasswordsInClear() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> new LdapSettings(
                        URI.create("ldap://ldap.example.net"),
                        false,
                        "dc=example",
                        "cn=staff,dc=example",
                        Optional.empty(),
                        Optional.empty(),
                        Duration.ofSeconds(5)));

        assertThat(refused.getMessage()).contains("unencrypted");
    }

    private static LdapAuthenticator anonymousSearch() {
        return new LdapAuthenticator(settings(), Optional.empty());
    }

    private static LdapSettings settings() {
        return new LdapSettings(
                URI.create("ldap://127.0.0.1:" + directory.getListenPort()),
                false,
                DemoDirectory.BASE_DN,
                DemoDirectory.STAFF_GROUP_DN,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(5));
    }
}
