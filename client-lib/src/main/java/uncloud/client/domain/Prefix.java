package uncloud.client.domain;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;

/**
 * An exact IPv6 or IPv4 network prefix such as {@code 2a0a:e5c1:200::/40}: the network address has
 * no bits set after the first {@code length} bits. Arithmetic is done on {@link BigInteger}, so a
 * {@code /0} split into {@code /128}s is as exact as a {@code /40} split into {@code /48}s.
 */
public record Prefix(Family family, BigInteger network, int length) implements Comparable<Prefix> {

    /** The address family and its width in bits. */
    public enum Family {
        IPV4(32),
        IPV6(128);

        private final int bits;

        Family(int bits) {
            this.bits = bits;
        }

        public int bits() {
            return bits;
        }

        @Override
        public String toString() {
            return this == IPV4 ? "IPv4" : "IPv6";
        }
    }

    private static final Comparator<Prefix> ORDER =
            Comparator.comparing(Prefix::family).thenComparing(Prefix::network).thenComparingInt(Prefix::length);

    public Prefix {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(network, "network");
        checkLength(family, length, "prefix length");
        if (network.signum() < 0 || network.bitLength() > family.bits()) {
            throw new InvalidPrefixException("the network number is not a " + family + " address.");
        }
        if (!isAligned(family, network, length)) {
            String given = IpAddresses.format(network, family) + "/" + length;
            String aligned = IpAddresses.format(network.andNot(hostMask(family, length)), family) + "/" + length;
            throw new InvalidPrefixException(given + " is not aligned: the address has bits set after the first "
                    + length + " bits; did you mean " + aligned + "?");
        }
    }

    /** Parses {@code address/length}, e.g. {@code 2a0a:e5c1:200::/40} or {@code 192.0.2.0/24}. */
    public static Prefix parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            throw new InvalidPrefixException(
                    "'" + text + "' has no prefix length: write it as address/length, e.g. 2a0a:e5c1:200::/40.");
        }
        String lengthText = trimmed.substring(slash + 1);
        if (lengthText.isEmpty()
                || lengthText.length() > 3
                || !lengthText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidPrefixException(
                    "'" + text + "' has no valid prefix length after '/': write a number such as 48.");
        }
        return of(trimmed.substring(0, slash), Integer.parseInt(lengthText));
    }

    /** The prefix of {@code length} bits starting at {@code address}, which must be aligned to it. */
    public static Prefix of(String address, int length) {
        Objects.requireNonNull(address, "address");
        Family family = IpAddresses.familyOf(address);
        BigInteger network = IpAddresses.parse(address, family);
        return new Prefix(family, network, length);
    }

    /** Whether {@code address} has no bits set after the first {@code length} bits. */
    public static boolean isAligned(Family family, BigInteger address, int length) {
        return address.and(hostMask(family, length)).signum() == 0;
    }

    /** The canonical text of the network address, e.g. {@code 2a0a:e5c1:200::}. */
    public String address() {
        return IpAddresses.format(network, family);
    }

    /** The number of the last address inside this prefix. */
    public BigInteger lastAddress() {
        return network.or(hostMask(family, length));
    }

    /** The number of addresses in this prefix (2^(bits − length)). */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(family.bits() - length);
    }

    public boolean contains(Prefix other) {
        return family == other.family
                && other.length >= length
                && other.network.andNot(hostMask(family, length)).equals(network);
    }

    /** Two aligned prefixes overlap exactly when one contains the other. */
    public boolean overlaps(Prefix other) {
        return contains(other) || other.contains(this);
    }

    /** How many subnetworks of {@code size} bits this prefix holds. */
    public BigInteger subnetworkCount(int size) {
        checkSubnetworkSize(size);
        return BigInteger.ONE.shiftLeft(size - length);
    }

    /** The {@code index}-th (from 0) subnetwork of {@code size} bits. */
    public Prefix subnetwork(int size, BigInteger index) {
        BigInteger count = subnetworkCount(size);
        if (index.signum() < 0 || index.compareTo(count) >= 0) {
            throw new InvalidPrefixException("subnetwork " + index + " does not exist: " + this + " has " + count
                    + " subnetworks of size /" + size + " (0 to " + count.subtract(BigInteger.ONE) + ").");
        }
        return new Prefix(family, network.add(index.shiftLeft(family.bits() - size)), size);
    }

    public Prefix subnetwork(int size, long index) {
        return subnetwork(size, BigInteger.valueOf(index));
    }

    /** The position of {@code subnetwork} among this prefix's subnetworks of its size. */
    public BigInteger indexOf(Prefix subnetwork) {
        if (!contains(subnetwork)) {
            throw new InvalidPrefixException(subnetwork + " is not inside " + this + ".");
        }
        return subnetwork.network.subtract(network).shiftRight(family.bits() - subnetwork.length);
    }

    /**
     * An interface address inside this prefix, written with the prefix length: host 1 of {@code
     * 2a0a:e5c1:200::/48} is {@code 2a0a:e5c1:200::1/48}.
     */
    public String interfaceAddress(long host) {
        BigInteger offset = BigInteger.valueOf(host);
        if (host < 0 || offset.compareTo(size()) >= 0) {
            throw new InvalidPrefixException("host " + host + " is not inside " + this + ".");
        }
        return IpAddresses.format(network.add(offset), family) + "/" + length;
    }

    private void checkSubnetworkSize(int size) {
        checkLength(family, size, "subnetwork size");
        if (size < length) {
            throw new InvalidPrefixException("a /" + size + " subnetwork is larger than the network " + this
                    + ": choose a subnetwork size from " + length + " to " + family.bits() + ".");
        }
    }

    private static void checkLength(Family family, int length, String what) {
        if (length < 0 || length > family.bits()) {
            throw new InvalidPrefixException(what + " " + length + " is out of range: an " + family
                    + " prefix length is 0 to " + family.bits() + ".");
        }
    }

    private static BigInteger hostMask(Family family, int length) {
        return BigInteger.ONE.shiftLeft(family.bits() - length).subtract(BigInteger.ONE);
    }

    @Override
    public int compareTo(Prefix other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return address() + "/" + length;
    }
}
