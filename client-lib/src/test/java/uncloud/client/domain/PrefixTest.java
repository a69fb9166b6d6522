package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefixTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::/40                      | 2a0a:e5c1:200::/40
            2A0A:E5C1:0200:0000:0000:0000:0000:0000/40 | 2a0a:e5c1:200::/40
            ::/0                                    | ::/0
            0:0:0:0:0:0:0:0/0                       | ::/0
            2001:db8::/32                           | 2001:db8::/32
            2001:db8:0:0:1:0:0:1/128                | 2001:db8::1:0:0:1/128
            2001:0:0:1:0:0:0:1/128                  | 2001:0:0:1::1/128
            2001:db8:0:1:1:1:1:1/128                | 2001:db8:0:1:1:1:1:1/128
            2001:db8::1:0/127                       | 2001:db8::1:0/127
            fe80::/64                               | fe80::/64
            ::1/128                                 | ::1/128
            1::/16                                  | 1::/16
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128 | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128
            ::ffff:192.0.2.1/128                    | ::ffff:192.0.2.1/128
            ::ffff:c000:201/128                     | ::ffff:192.0.2.1/128
            64:ff9b::192.0.2.0/120                  | 64:ff9b::c000:200/120
            192.0.2.0/24                            | 192.0.2.0/24
            0.0.0.0/0                               | 0.0.0.0/0
            10.1.2.3/32                             | 10.1.2.3/32
            10.1.2.2/31                             | 10.1.2.2/31
            255.255.255.255/32                      | 255.255.255.255/32
            """)
    void printsTheCanonicalForm(String text, String canonical) {
        Prefix prefix = Prefix.parse(text);

        assertThat(prefix.toString()).isEqualTo(canonical);
        assertThat(Prefix.parse(canonical)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::1/40     | 2a0a:e5c1:200::1/40 is not aligned: the address has bits set after the first 40 bits; did you mean 2a0a:e5c1:200::/40?
            10.0.0.1/8              | 10.0.0.1/8 is not aligned: the address has bits set after the first 8 bits; did you mean 10.0.0.0/8?
            2001:db8::1/127         | 2001:db8::1/127 is not aligned: the address has bits set after the first 127 bits; did you mean 2001:db8::/127?
            2001:db8::/129          | prefix length 129 is out of range: an IPv6 prefix length is 0 to 128.
            10.0.0.0/33             | prefix length 33 is out of range: an IPv4 prefix length is 0 to 32.
            2001:db8::              | '2001:db8::' has no prefix length: write it as address/length, e.g. 2a0a:e5c1:200::/40.
            2001:db8::/             | '2001:db8::/' has no valid prefix length after '/': write a number such as 48.
            2001:db8::/-1           | '2001:db8::/-1' has no valid prefix length after '/': write a number such as 48.
            2001:db8::/4 8          | '2001:db8::/4 8' has no valid prefix length after '/': write a number such as 48.
            2001:db8::1::/64        | '2001:db8::1::' is not an IP address: '::' may appear only once.
            2001:db8:1:2:3:4:5/64   | '2001:db8:1:2:3:4:5' is not an IP address: an IPv6 address has eight groups, or fewer with '::'.
            1:2:3:4:5:6:7:8:9/128   | '1:2:3:4:5:6:7:8:9' is not an IP address: an IPv6 address has eight groups, or fewer with '::'.
            1:2:3:4::5:6:7:8/128    | '1:2:3:4::5:6:7:8' is not an IP address: '::' must stand for at least one group of zeros.
            2001:db8g::/32          | '2001:db8g::' is not an IP address: 'db8g' is not a group of one to four hex digits.
            2001:0db80::/32         | '2001:0db80::' is not an IP address: '0db80' is not a group of one to four hex digits.
            fe80::1%eth0/128        | 'fe80::1%eth0' is not an IP address: zone ids (%...) are not allowed in a prefix.
            10.0.0/24               | '10.0.0' is not an IP address: an IPv4 address has four decimal numbers separated by dots.
            10.0.0.256/32           | '10.0.0.256' is not an IP address: '256' is not a number from 0 to 255.
            010.0.0.0/8             | '010.0.0.0' is not an IP address: '010' has a leading zero (it could be read as octal).
            vpn.example.com/48      | 'vpn.example.com' is not an IP address: an IPv4 address has four decimal numbers separated by dots.
            """)
    void rejectsBadInputWithAReasonThatSaysWhatToFix(String text, String message) {
        assertThatThrownBy(() -> Prefix.parse(text))
                .isInstanceOf(InvalidPrefixException.class)
                .hasMessage(message);
    }

    @Test
    void theProviderManualsExampleNetworkIsAcceptedAsGiven() {
        Prefix pool = Prefix.of("2a0a:e5c1:200::", 40);

        assertThat(pool).isEqualTo(Prefix.parse("2a0a:e5c1:200::/40"));
        assertThat(pool.subnetworkCount(48)).isEqualTo(BigInteger.valueOf(256));
        assertThat(pool.subnetwork(48, 0)).isEqualTo(Prefix.parse("2a0a:e5c1:200::/48"));
        assertThat(pool.subnetwork(48, 255)).isEqualTo(Prefix.parse("2a0a:e5c1:2ff::/48"));
    }

    @ParameterizedTest(name = "{0} has {2} subnetworks of /{1}; number {3} is {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::/40 | 48  | 256                                     | 1                      | 2a0a:e5c1:201::/48
            2a0a:e5c1:200::/40 | 40  | 1                                       | 0                      | 2a0a:e5c1:200::/40
            2001:db8::/48      | 64  | 65536                                   | 65535                  | 2001:db8:0:ffff::/64
            2001:db8::/32      | 64  | 4294967296                              | 4294967295             | 2001:db8:ffff:ffff::/64
            ::/0               | 128 | 340282366920938463463374607431768211456 | 340282366920938463463374607431768211455 | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128
            ::/0               | 1   | 2                                       | 1                      | 8000::/1
            ::/0               | 0   | 1                                       | 0                      | ::/0
            2001:db8::/64      | 127 | 9223372036854775808                     | 1                      | 2001:db8::2/127
            2001:db8::/64      | 128 | 18446744073709551616                    | 18446744073709551615   | 2001:db8::ffff:ffff:ffff:ffff/128
            2001:db8::/127     | 128 | 2                                       | 1                      | 2001:db8::1/128
            2001:db8::1/128    | 128 | 1                                       | 0                      | 2001:db8::1/128
            10.0.0.0/8         | 24  | 65536                                   | 258                    | 10.1.2.0/24
            0.0.0.0/0          | 32  | 4294967296                              | 4294967295             | 255.255.255.255/32
            192.0.2.0/31       | 32  | 2                                       | 1                      | 192.0.2.1/32
            """)
    void countsAndNumbersSubnetworksExactly(String network, int size, String count, String index, String expected) {
        Prefix prefix = Prefix.parse(network);
        Prefix subnetwork = prefix.subnetwork(size, new BigInteger(index));

        assertThat(prefix.subnetworkCount(size)).isEqualTo(new BigInteger(count));
        assertThat(subnetwork).isEqualTo(Prefix.parse(expected));
        assertThat(prefix.indexOf(subnetwork)).isEqualTo(new BigInteger(index));
        assertThat(prefix.contains(subnetwork)).isTrue();
    }

    @ParameterizedTest(name = "{0} /{1} number {2} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::/40 | 32  | 0   | a /32 subnetwork is larger than the network 2a0a:e5c1:200::/40: choose a subnetwork size from 40 to 128.
            2a0a:e5c1:200::/40 | 129 | 0   | subnetwork size 129 is out of range: an IPv6 prefix length is 0 to 128.
            2a0a:e5c1:200::/40 | 48  | 256 | subnetwork 256 does not exist: 2a0a:e5c1:200::/40 has 256 subnetworks of size /48 (0 to 255).
            2a0a:e5c1:200::/40 | 48  | -1  | subnetwork -1 does not exist: 2a0a:e5c1:200::/40 has 256 subnetworks of size /48 (0 to 255).
            10.0.0.0/8         | 33  | 0   | subnetwork size 33 is out of range: an IPv4 prefix length is 0 to 32.
            10.0.0.0/8         | 7   | 0   | a /7 subnetwork is larger than the network 10.0.0.0/8: choose a subnetwork size from 8 to 32.
            """)
    void rejectsSubnetworksThatDoNotFit(String network, int size, long index, String message) {
        assertThatThrownBy(() -> Prefix.parse(network).subnetwork(size, index))
                .isInstanceOf(InvalidPrefixException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}; overlaps: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::/40 | 2a0a:e5c1:200::/48 | true  | true
            2a0a:e5c1:200::/48 | 2a0a:e5c1:200::/40 | false | true
            2a0a:e5c1:200::/40 | 2a0a:e5c1:2ff::/48 | true  | true
            2a0a:e5c1:200::/40 | 2a0a:e5c1:300::/48 | false | false
            2a0a:e5c1:200::/40 | 2a0a:e5c1:100::/40 | false | false
            2a0a:e5c1:200::/40 | 2a0a:e5c1:200::/40 | true  | true
            ::/0               | 2001:db8::1/128    | true  | true
            ::/0               | 0.0.0.0/0          | false | false
            2001:db8::/127     | 2001:db8::1/128    | true  | true
            2001:db8::/128     | 2001:db8::1/128    | false | false
            2001:db8::/64      | 2001:db8:0:1::/64  | false | false
            10.0.0.0/8         | 10.255.255.255/32  | true  | true
            10.0.0.0/8         | 11.0.0.0/8         | false | false
            0.0.0.0/0          | 192.0.2.0/24       | true  | true
            """)
    void knowsContainmentAndOverlap(String left, String right, boolean contains, boolean overlaps) {
        Prefix a = Prefix.parse(left);
        Prefix b = Prefix.parse(right);

        assertThat(a.contains(b)).isEqualTo(contains);
        assertThat(a.overlaps(b)).isEqualTo(overlaps);
        assertThat(b.overlaps(a)).isEqualTo(overlaps);
    }

    @ParameterizedTest(name = "host {1} of {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200::/48 | 1 | 2a0a:e5c1:200::1/48
            2001:db8::/64      | 0 | 2001:db8::/64
            2001:db8::/127     | 1 | 2001:db8::1/127
            192.0.2.0/24       | 1 | 192.0.2.1/24
            """)
    void writesInterfaceAddressesWithThePrefixLength(String network, long host, String expected) {
        assertThat(Prefix.parse(network).interfaceAddress(host)).isEqualTo(expected);
    }

    @Test
    void refusesAnInterfaceAddressOutsideThePrefix() {
        assertThatThrownBy(() -> Prefix.parse("2001:db8::1/128").interfaceAddress(1))
                .isInstanceOf(InvalidPrefixException.class)
                .hasMessage("host 1 is not inside 2001:db8::1/128.");
    }

    @ParameterizedTest(name = "{0} aligned to /{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2a0a:e5c1:200:: | 40  | true
            2a0a:e5c1:200:: | 39  | true
            2a0a:e5c1:200:: | 38  | false
            2001:db8::1     | 128 | true
            2001:db8::1     | 127 | false
            ::              | 0   | true
            10.0.0.0        | 8   | true
            10.0.0.0        | 6   | false
            """)
    void checksAlignmentWithoutThrowing(String address, int length, boolean aligned) {
        Prefix.Family family = address.contains(":") ? Prefix.Family.IPV6 : Prefix.Family.IPV4;

        assertThat(Prefix.isAligned(family, IpAddresses.parse(address, family), length))
                .isEqualTo(aligned);
    }

    @Test
    void sortsByFamilyThenAddressThenLength() {
        assertThat(java.util.List.of(
                                Prefix.parse("2001:db8:1::/48"),
                                Prefix.parse("2001:db8::/48"),
                                Prefix.parse("10.0.0.0/8"),
                                Prefix.parse("2001:db8::/32"))
                        .stream()
                        .sorted()
                        .map(Prefix::toString))
                .containsExactly("10.0.0.0/8", "2001:db8::/32", "2001:db8::/48", "2001:db8:1::/48");
    }
}
