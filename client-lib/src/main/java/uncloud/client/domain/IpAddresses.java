package uncloud.client.domain;

import java.math.BigInteger;

/**
 * Strict parsing and canonical printing of IP address literals: IPv6 in the RFC 5952 form, IPv4 as
 * dotted decimal without leading zeros. No name resolution, no zone ids, no shorthand forms.
 */
final class IpAddresses {
    /** The upper 96 bits of an IPv4-mapped address, which RFC 5952 section 5 prints with a dotted tail. */
    private static final BigInteger IPV4_MAPPED = BigInteger.valueOf(0xffffL);

    private static final BigInteger LOW_32_BITS = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);

    private IpAddresses() {}

    static Prefix.Family familyOf(String text) {
        return text.indexOf(':') >= 0 ? Prefix.Family.IPV6 : Prefix.Family.IPV4;
    }

    static BigInteger parse(String text, Prefix.Family family) {
        return family == Prefix.Family.IPV6 ? parseIpv6(text) : BigInteger.valueOf(parseIpv4(text, text));
    }

    static String format(BigInteger value, Prefix.Family family) {
        return family == Prefix.Family.IPV6 ? formatIpv6(value) : formatIpv4(value.longValueExact());
    }

    private static long parseIpv4(String text, String whole) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            throw bad(whole, "an IPv4 address has four decimal numbers separated by dots");
        }
        long value = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad(whole, "'" + octet + "' is not a number from 0 to 255");
            }
            if (octet.length() > 1 && octet.charAt(0) == '0') {
                throw bad(whole, "'" + octet + "' has a leading zero (it could be read as octal)");
            }
            int number = Integer.parseInt(octet);
            if (number > 255) {
                throw bad(whole, "'" + octet + "' is not a number from 0 to 255");
            }
            value = value << 8 | number;
        }
        return value;
    }

    private static BigInteger parseIpv6(String text) {
        if (text.indexOf('%') >= 0) {
            throw bad(text, "zone ids (%...) are not allowed in a prefix");
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            throw bad(text, "'::' may appear only once");
        }
        int[] head = groups(doubleColon >= 0 ? text.substring(0, doubleColon) : text, text);
        int[] tail = doubleColon >= 0 ? groups(text.substring(doubleColon + 2), text) : new int[0];
        int explicit = head.length + tail.length;
        if (doubleColon < 0 && explicit != 8) {
            throw bad(text, "an IPv6 address has eight groups, or fewer with '::'");
        }
        if (doubleColon >= 0 && explicit > 7) {
            throw bad(text, "'::' must stand for at least one group of zeros");
        }
        BigInteger value = BigInteger.ZERO;
        for (int group : head) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        value = value.shiftLeft(16 * (8 - explicit));
        for (int group : tail) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return value;
    }

    /** Groups of 16 bits; a dotted IPv4 tail counts as two groups. */
    private static int[] groups(String part, String whole) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        boolean ipv4Tail = texts[texts.length - 1].indexOf('.') >= 0;
        int[] groups = new int[texts.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < texts.length; i++) {
            String group = texts[i];
            if (ipv4Tail && i == texts.length - 1) {
                long ipv4 = parseIpv4(group, whole);
                groups[i] = (int) (ipv4 >>> 16);
                groups[i + 1] = (int) (ipv4 & 0xffff);
            } else if (group.isEmpty() || group.length() > 4 || !isHex(group)) {
                throw bad(whole, "'" + group + "' is not a group of one to four hex digits");
            } else {
                groups[i] = Integer.parseInt(group, 16);
            }
        }
        return groups;
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
    }

    private static String formatIpv4(long value) {
        return (value >>> 24 & 0xff) + "." + (value >>> 16 & 0xff) + "." + (value >>> 8 & 0xff) + "." + (value & 0xff);
    }

    private static String formatIpv6(BigInteger value) {
        if (value.shiftRight(32).equals(IPV4_MAPPED)) {
            return "::ffff:" + formatIpv4(value.and(LOW_32_BITS).longValueExact());
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        // RFC 5952 4.2: shorten the longest run (first on a tie) of two or more zero groups.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static InvalidPrefixException bad(String text, String reason) {
        return new InvalidPrefixException("'" + text + "' is not an IP address: " + reason + ".");
    }
}
