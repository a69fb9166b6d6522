package uncloud.agent.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {
    private final ObjectMapper json = AgentJson.mapper();

    private static final String EXAMPLE = """
            {"version":11,"interfaces":[{"name":"v000000002a01","bridge":"br100",
            "mac":"02:00:00:00:00:2a","ipv6":["2a0a:e5c1:111:b::/64"],"ipv4":["185.203.112.1/32"],
            "inbound":[{"protocol":"tcp","ports":"22,80,443","from":"::/0"}]}]}""";

    @Test
    void theIssuesExampleReadsIntoRecords() throws Exception {
        FirewallState state = json.readValue(EXAMPLE, FirewallState.class);

        assertThat(state)
                .isEqualTo(new FirewallState(
                        11,
                        List.of(new FirewallInterface(
                                "v000000002a01",
                                "br100",
                                "02:00:00:00:00:2a",
                                List.of("2a0a:e5c1:111:b::/64"),
                                List.of("185.203.112.1/32"),
                                List.of(new InboundRule("tcp", "22,80,443", "::/0"))))));
    }

    @Test
    void recordsSurviveARoundTrip() throws Exception {
        FirewallState state = json.readValue(EXAMPLE, FirewallState.class);

        assertThat(json.readValue(json.writeValueAsString(state), FirewallState.class))
                .isEqualTo(state);
    }

    @Test
    void anUnknownFieldIsRefused() {
        UnrecognizedPropertyException e = assertThrows(
                UnrecognizedPropertyException.class,
                () -> json.readValue(
                        EXAMPLE.replace("\"version\":11", "\"version\":11,\"force\":true"), FirewallState.class));

        assertThat(e.getPropertyName()).isEqualTo("force");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    "version":11      | "version":"11"
                    "version":11      | "version":11.5
                    "version":11      | "version":null
                    "name":"v000000002a01" | "name":12
                    "ipv6":["2a0a:e5c1:111:b::/64"] | "ipv6":"2a0a:e5c1:111:b::/64"
                    """)
    void aValueOfTheWrongTypeIsRefused(String good, String bad) {
        assertThrows(
                MismatchedInputException.class, () -> json.readValue(EXAMPLE.replace(good, bad), FirewallState.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    "name":"v000000002a01"          | "name":"v000000002a01abcd"     | name
                    "bridge":"br100"                | "bridge":"br 100"              | bridge
                    "mac":"02:00:00:00:00:2a"       | "mac":"02:00:00:00:2a"         | mac
                    "mac":"02:00:00:00:00:2a"       | "mac":"03:00:00:00:00:2a"      | mac
                    "mac":"02:00:00:00:00:2a"       | "mac":"02-00-00-00-00-2a"      | mac
                    "2a0a:e5c1:111:b::/64"          | "2a0a:e5c1:111:b::1/64"        | ipv6[0]
                    "2a0a:e5c1:111:b::/64"          | "2a0a:e5c1:111:b::/129"        | ipv6[0]
                    "2a0a:e5c1:111:b::/64"          | "185.203.112.0/24"             | ipv6[0]
                    "185.203.112.1/32"              | "185.203.112.256/32"           | ipv4[0]
                    "185.203.112.1/32"              | "example.com/32"               | ipv4[0]
                    "ports":"22,80,443"             | "ports":"22,,443"              | ports
                    "ports":"22,80,443"             | "ports":"0"                    | ports
                    "ports":"22,80,443"             | "ports":"90-80"                | ports
                    "protocol":"tcp"                | "protocol":"sctp"              | protocol
                    "version":11                    | "version":0                    | version
                    """)
    void aMalformedValueIsRefusedNamingItsField(String good, String bad, String field) {
        ValueInstantiationException e = assertThrows(
                ValueInstantiationException.class,
                () -> json.readValue(EXAMPLE.replace(good, bad), FirewallState.class));

        assertThat(((ProtocolViolation) e.getCause()).field()).isEqualTo(field);
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertThrows(
                Exception.class,
                () -> json.readValue("{\"version\":1,\"version\":2,\"interfaces\":[]}", FirewallState.class));
    }

    @Test
    void theTapNameFollowsTheHostNaming() {
        assertThat(VmSpec.tapName("000000002a", 1)).isEqualTo("v000000002a01");
    }

    @Test
    void aWireguardSpecNeverShowsItsPrivateKey() {
        WireguardSpec spec = new WireguardSpec(
                51820, List.of("2a0a:e5c1:200::1/40"), "YNqHbfBQKaGvzefSSmMwJ3qZdyHSfkp0HEu7+0pWGmg=", List.of());

        assertThat(spec.toString()).doesNotContain("YNqHbf");
    }
}
