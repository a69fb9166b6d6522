package uncloud.agent.protocol;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 prefix in CIDR notation with its host bits zero, parsed without any name lookup.
 *
 * @param address the network address as written canonically by the JDK
 * @param length the prefix length
 * @param ipv6 whether it is an IPv6 prefix
 */
public record IpPrefix(String address, int length, boolean ipv6) {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern LENGTH = Pattern.compile("\\d{1,3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    /**
     * Firewalls repeat the same few sources ({@code ::/0}) thousands of times, and every new version repeats the
     * previous one's VM prefixes: parse each once. Sized for two prefixes of each of 15,000 interfaces (a few MB).
     */
    private static final Map<String, IpPrefix> PARSED = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 32_768;

    public static IpPrefix parse(String text) {
        IpPrefix known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        IpPrefix parsed = parseUncached(text);
        if (PARSED.size() >= CACHE_LIMIT) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }

    private static IpPrefix parseUncached(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(
                    "a prefix needs a length, like 2a0a:e5c1:111:b::/64 (got \"" + Checks.shorten(text) + "\")");
        }
        String host = text.substring(0, slash);
        String lengthText = text.substring(slash + 1);
        boolean v6 = host.contains(":");
        if (v6 ? !IPV6.matcher(host).matches() : !IPV4.matcher(host).matches()) {
            throw new IllegalArgumentException("not an IP address: \"" + Checks.shorten(host) + "\"");
        }
        int max = v6 ? 128 : 32;
        if (!LENGTH.matcher(lengthText).matches() || Integer.parseInt(lengthText) > max) {
            throw new IllegalArgumentException(
                    "prefix length must be 0 to " + max + " (got \"" + Checks.shorten(lengthText) + "\")");
        }
        int length = Integer.parseInt(lengthText);
        byte[] bytes;
        try {
            // Only literals reach this point (checked above), so no DNS lookup happens.
            bytes = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: \"" + Checks.shorten(host) + "\"");
        }
        if (bytes.length != (v6 ? 16 : 4)) {
            throw new IllegalArgumentException("not an " + (v6 ? "IPv6" : "IPv4") + " address: " + host);
        }
        BigInteger value = new BigInteger(1, bytes);
        BigInteger hostBits = BigInteger.ONE.shiftLeft(max - length).subtract(BigInteger.ONE);
        if (!value.and(hostBits).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException(
                    text + " has host bits set; the network is " + format(value.andNot(hostBits), v6) + "/" + length);
        }
        return new IpPrefix(format(value, v6), length, v6);
    }

    private static String format(BigInteger value, boolean v6) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[v6 ? 16 : 4];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return v6 ? compress(text) : text;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK prints full IPv6 groups (2a0a:e5c1:111:b:0:0:0:0); nft and people prefer RFC 5952. */
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
