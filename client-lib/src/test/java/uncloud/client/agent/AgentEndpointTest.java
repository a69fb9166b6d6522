package uncloud.client.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uncloud.client.ValidationException;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;

class AgentEndpointTest {
    private static final String PIN = "ab".repeat(32);

    @ParameterizedTest(name = "{0} is {1} port {2}")
    @CsvSource(textBlock = """
            https://hv-1.zrh.uncloud.ch,       hv-1.zrh.uncloud.ch, 7443
            https://hv-1.zrh.uncloud.ch:8443,  hv-1.zrh.uncloud.ch, 8443
            https://hv-1.zrh.uncloud.ch:8443/, hv-1.zrh.uncloud.ch, 8443
            https://127.0.0.1:40123,           127.0.0.1,           40123
            https://[2a0a:e5c1::7]:7443,       2a0a:e5c1::7,        7443
            """)
    void aHostsAgentUrlNamesTheEndpoint(String url, String expectedHost, int expectedPort) {
        AgentEndpoint endpoint = AgentEndpoint.of(host(url, PIN));

        assertThat(endpoint)
                .isEqualTo(new AgentEndpoint(expectedHost, expectedPort, PIN, AgentEndpoint.DEFAULT_TIMEOUT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            http://hv-1.zrh.uncloud.ch,        'hv-1.zrh.uncloud.ch: the agent URL must look like https://hv-1.zrh.uncloud.ch:7443 (got http://hv-1.zrh.uncloud.ch)'
            https://hv-1.zrh.uncloud.ch/v1,    'hv-1.zrh.uncloud.ch: the agent URL must look like https://hv-1.zrh.uncloud.ch:7443 (got https://hv-1.zrh.uncloud.ch/v1)'
            https://,                          'hv-1.zrh.uncloud.ch: the agent URL must look like https://hv-1.zrh.uncloud.ch:7443 (got https://)'
            """)
    void aMalformedAgentUrlIsRefusedWithWhatItShouldLookLike(String url, String message) {
        assertThatThrownBy(() -> AgentEndpoint.of(host(url, PIN)))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "url {0}, pin {1}")
    @CsvSource({
        "'',  ''",
        "https://hv-1.zrh.uncloud.ch, ''",
        "'', " + "abababababababababababababababababababababababababababababababab"
    })
    void aHostThatIsNotOnboardedHasNoEndpoint(String url, String pin) {
        assertThatThrownBy(() -> AgentEndpoint.of(host(url.isEmpty() ? null : url, pin.isEmpty() ? null : pin)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("hv-1.zrh.uncloud.ch is not onboarded yet: it has no agent address and certificate");
    }

    private static Host host(String url, String pin) {
        return Host.create("hv-1.zrh.uncloud.ch", HostKind.HYPERVISOR).withAgent(null, url, pin);
    }
}
