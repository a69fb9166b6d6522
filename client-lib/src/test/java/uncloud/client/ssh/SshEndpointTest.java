package uncloud.client.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uncloud.client.ValidationException;

class SshEndpointTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            text,                    host,             user,  port
            db.example.net,          db.example.net,   -,     -
            nico@db.example.net,     db.example.net,   nico,  -
            db.example.net:2222,     db.example.net,   -,     2222
            jump@bastion:22,         bastion,          jump,  22
            [2001:db8::1]:2200,      2001:db8::1,      -,     2200
            root@[2001:db8::1],      2001:db8::1,      root,  -
            2001:db8::1,             2001:db8::1,      -,     -
            """)
    void openSshHostNotationIsUnderstood(String text, String host, String user, Integer port) {
        assertThat(SshEndpoint.parse(text))
                .isEqualTo(new SshEndpoint(host, Optional.ofNullable(user), Optional.ofNullable(port)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"db:ssh", "db:0", "db:70000", "[::1", "@db:"})
    void malformedHostsAreRefusedWithTheFieldToFix(String text) {
        ValidationException refused = assertThrows(ValidationException.class, () -> SshEndpoint.parse(text));

        assertThat(refused.field()).isPresent();
    }
}
