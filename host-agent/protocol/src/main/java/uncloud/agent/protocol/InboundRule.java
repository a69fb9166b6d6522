package uncloud.agent.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Traffic a VM interface accepts from outside: a protocol, ports (like {@code 22,80,443} or {@code 8000-8080})
 * and the prefix it may come from ({@code ::/0} for anyone over IPv6, {@code 0.0.0.0/0} over IPv4).
 */
public record InboundRule(String protocol, String ports, String from) {
    public static final List<String> PROTOCOLS = List.of("tcp", "udp");
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile("\\d{1,5}");

    public InboundRule {
        Checks.oneOf("protocol", protocol, PROTOCOLS);
        portRanges(Checks.required("ports", ports));
        Checks.prefix("from", from);
    }

    /** The ports as ranges, in the order written; a single port is a range of one. */
    public List<PortRange> portRanges() {
        return portRanges(ports);
    }

    public IpPrefix fromPrefix() {
        return IpPrefix.parse(from);
    }

    private static List<PortRange> portRanges(String ports) {
        if (ports.isEmpty() || ports.length() > 200) {
            throw new ProtocolViolation(
                    "ports", "ports must list 1 to 65535 ports or ranges, like 22,80,443 or 8000-8080");
        }
        List<PortRange> ranges = new ArrayList<>();
        for (String part : ports.split(",", -1)) {
            String[] bounds = part.split("-", -1);
            if (bounds.length > 2) {
                throw new ProtocolViolation(
                        "ports", "ports: \"" + Checks.shorten(part) + "\" is not a port or a range like 8000-8080");
            }
            int first = port(bounds[0]);
            int last = bounds.length == 2 ? port(bounds[1]) : first;
            if (last < first) {
                throw new ProtocolViolation("ports", "ports: range " + part + " ends before it starts");
            }
            ranges.add(new PortRange(first, last));
        }
        return List.copyOf(ranges);
    }

    private static int port(String text) {
        if (!PORT.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new ProtocolViolation(
                    "ports", "ports: \"" + Checks.shorten(text) + "\" is not a port between 1 and 65535");
        }
        return Integer.parseInt(text);
    }

    /** An inclusive range of ports. */
    public record PortRange(int first, int last) {
        public boolean single() {
            return first == last;
        }

        @Override
        public String toString() {
            return single() ? Integer.toString(first) : first + "-" + last;
        }
    }
}
