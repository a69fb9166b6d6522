package uncloud.client.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties checked on random prefixes, with the JDK's own address parser as an independent witness. */
class PrefixPropertiesTest {

    @Provide
    Arbitrary<BigInteger> ipv6Numbers() {
        // mostly sparse values, so runs of zero groups (and their '::') appear often
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xffff)));
        return group.list().ofSize(8).map(groups -> {
            BigInteger value = BigInteger.ZERO;
            for (int g : groups) {
                value = value.shiftLeft(16).or(BigInteger.valueOf(g));
            }
            return value;
        });
    }

    @Property(tries = 500)
    void theCanonicalTextMeansTheSameAddressToTheJdk(@ForAll("ipv6Numbers") BigInteger number)
            throws UnknownHostException {
        Prefix prefix = new Prefix(Prefix.Family.IPV6, number, 128);

        InetAddress jdk = InetAddress.getByName(prefix.address());

        // The JDK reads an IPv4-mapped address (::ffff:a.b.c.d) as the IPv4 address itself.
        boolean mapped = number.shiftRight(32).equals(BigInteger.valueOf(0xffff));
        assertThat(jdk instanceof Inet4Address).isEqualTo(mapped);
        assertThat(new BigInteger(1, jdk.getAddress()))
                .isEqualTo(mapped ? number.and(BigInteger.valueOf(0xffffffffL)) : number);
        assertThat(prefix.address()).doesNotContain(":::").doesNotMatch(".*(^|:)0[0-9a-f].*");
        assertThat(Prefix.parse(prefix.toString())).isEqualTo(prefix);
    }

    @Property(tries = 500)
    void everySubnetworkIsFoundAgainByItsIndex(
            @ForAll("ipv6Numbers") BigInteger number,
            @ForAll @IntRange(min = 0, max = 128) int length,
            @ForAll @IntRange(min = 0, max = 128) int extra) {
        BigInteger mask = BigInteger.ONE.shiftLeft(128 - length).subtract(BigInteger.ONE);
        Prefix network = new Prefix(Prefix.Family.IPV6, number.andNot(mask), length);
        int size = Math.min(128, length + extra % 40);
        BigInteger index = number.mod(network.subnetworkCount(size));

        Prefix subnetwork = network.subnetwork(size, index);

        assertThat(network.contains(subnetwork)).isTrue();
        assertThat(network.indexOf(subnetwork)).isEqualTo(index);
        assertThat(subnetwork.overlaps(network)).isTrue();
        assertThat(Prefix.parse(subnetwork.toString())).isEqualTo(subnetwork);
    }
}
