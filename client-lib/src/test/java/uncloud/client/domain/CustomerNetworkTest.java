package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerNetworkTest {
    @ParameterizedTest(name = "the customer in {0} takes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:201::/48  | 2a0a:e5c1:201::1/48
            2001:db8:0:7::/64   | 2001:db8:0:7::1/64
            2001:db8::2/127     | 2001:db8::3/127
            2001:db8::5/128     | 2001:db8::5/128
            """)
    void theCustomerTakesTheFirstHostAddressOfTheirPrefix(String prefix, String address) {
        CustomerNetwork network = new CustomerNetwork(
                1,
                1,
                Prefix.parse(prefix),
                1,
                1,
                new WireGuardPublicKey(Base64.getEncoder().encodeToString(new byte[32])),
                Instant.EPOCH);

        assertThat(network.customerAddress()).isEqualTo(address);
    }
}
