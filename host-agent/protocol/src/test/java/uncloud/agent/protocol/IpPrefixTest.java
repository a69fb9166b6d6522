package uncloud.agent.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpPrefixTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
                    2a0a:e5c1:111:b::/64,            2a0a:e5c1:111:b::/64,  true
                    2A0A:E5C1:0111:000B:0:0:0:0/64,  2a0a:e5c1:111:b::/64,  true
                    ::/0,                            ::/0,                  true
                    fe80::/10,                       fe80::/10,             true
                    2a0a:0:0:1::/64,                 2a0a:0:0:1::/64,       true
                    185.203.112.0/24,                185.203.112.0/24,      false
                    0.0.0.0/0,                       0.0.0.0/0,             false
                    """)
    void parsesAndWritesPrefixesCanonically(String text, String canonical, boolean ipv6) {
        IpPrefix prefix = IpPrefix.parse(text);

        assertThat(prefix.toString()).isEqualTo(canonical);
        assertThat(prefix.ipv6()).isEqualTo(ipv6);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
                    2a0a:e5c1:111:b::1/64
                    185.203.112.1/24
                    185.203.112.0
                    10.0.0.0/33
                    localhost/32
                    1.2.3/24
                    """)
    void refusesWhatIsNotACleanPrefix(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(text));
    }
}
