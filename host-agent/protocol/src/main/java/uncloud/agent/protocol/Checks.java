package uncloud.agent.protocol;

import java.util.List;
import java.util.regex.Pattern;

/** The shape rules every wire record enforces in its constructor, so an invalid value never exists. */
public final class Checks {
    /** Linux interface names: at most 15 characters (IFNAMSIZ − 1), no slash, colon or space. */
    private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern VM_ID = Pattern.compile("[0-9a-f]{10}");
    private static final Pattern WIREGUARD_KEY = Pattern.compile("[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=");

    private Checks() {}

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ProtocolViolation(field, field + " is required");
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> values) {
        required(field, values);
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }

    public static String interfaceName(String field, String name) {
        required(field, name);
        if (!INTERFACE_NAME.matcher(name).matches()) {
            throw new ProtocolViolation(
                    field, field + " must be 1 to 15 letters, digits, '.', '-' or '_' (got \"" + shorten(name) + "\")");
        }
        return name;
    }

    public static String mac(String field, String mac) {
        required(field, mac);
        if (!MAC.matcher(mac).matches()) {
            throw new ProtocolViolation(
                    field, field + " must be a MAC address like 02:00:00:00:00:2a (got \"" + shorten(mac) + "\")");
        }
        if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
            throw new ProtocolViolation(field, field + " must be a unicast MAC address (got " + mac + ")");
        }
        return mac;
    }

    public static String vmId(String field, String id) {
        required(field, id);
        if (!VM_ID.matcher(id).matches()) {
            throw new ProtocolViolation(
                    field, field + " must be 10 lower-case hex digits like 000000002a (got \"" + shorten(id) + "\")");
        }
        return id;
    }

    public static String wireguardKey(String field, String key) {
        required(field, key);
        if (!WIREGUARD_KEY.matcher(key).matches()) {
            throw new ProtocolViolation(field, field + " must be a WireGuard key: 44 characters of base64");
        }
        return key;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ProtocolViolation(
                    field, field + " must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    public static String oneOf(String field, String value, List<String> allowed) {
        required(field, value);
        if (!allowed.contains(value)) {
            throw new ProtocolViolation(
                    field,
                    field + " must be one of " + String.join(", ", allowed) + " (got \"" + shorten(value) + "\")");
        }
        return value;
    }

    public static IpPrefix prefix(String field, String text) {
        required(field, text);
        try {
            return IpPrefix.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation(field, field + ": " + e.getMessage());
        }
    }

    public static List<String> prefixes(String field, List<String> values, boolean ipv6) {
        List<String> copy = list(field, values);
        for (int i = 0; i < copy.size(); i++) {
            IpPrefix prefix = prefix(field + "[" + i + "]", copy.get(i));
            if (prefix.ipv6() != ipv6) {
                throw new ProtocolViolation(
                        field + "[" + i + "]",
                        field + "[" + i + "] must be an " + (ipv6 ? "IPv6" : "IPv4") + " prefix (got " + copy.get(i)
                                + ")");
            }
        }
        return copy;
    }

    static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
