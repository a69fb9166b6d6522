package uncloud.client.vpn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import uncloud.client.ValidationException;
import uncloud.client.domain.InvalidPrefixException;
import uncloud.client.domain.InvalidWireGuardKeyException;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.domain.WireGuardPublicKey;

/**
 * A wg-quick configuration file: one {@code [Interface]} and its {@code [Peer]}s. Only the keys the
 * console writes are modelled; {@link #parse} reads them back and rejects anything else, so a
 * round trip proves the file says what was meant.
 */
public record WgQuickConfig(List<String> comments, Interface iface, List<Peer> peers) {

    public WgQuickConfig {
        comments = List.copyOf(comments);
        Objects.requireNonNull(iface, "iface");
        peers = List.copyOf(peers);
    }

    /** {@code [Interface]}: the private key stays out of {@link #toString()} (see {@link WireGuardPrivateKey}). */
    public record Interface(Optional<WireGuardPrivateKey> privateKey, List<String> addresses, OptionalInt listenPort) {
        public Interface {
            Objects.requireNonNull(privateKey, "privateKey");
            addresses = List.copyOf(addresses);
            Objects.requireNonNull(listenPort, "listenPort");
        }
    }

    /** {@code [Peer]}, with an optional comment line above it naming whom it belongs to. */
    public record Peer(
            Optional<String> comment,
            WireGuardPublicKey publicKey,
            List<Prefix> allowedIps,
            Optional<String> endpoint,
            OptionalInt persistentKeepalive) {
        public Peer {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(publicKey, "publicKey");
            allowedIps = List.copyOf(allowedIps);
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(persistentKeepalive, "persistentKeepalive");
        }
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        comments.forEach(comment -> text.append("# ").append(comment).append('\n'));
        text.append("[Interface]\n");
        iface.privateKey().ifPresent(key -> line(text, "PrivateKey", key.base64()));
        if (!iface.addresses().isEmpty()) {
            line(text, "Address", String.join(", ", iface.addresses()));
        }
        iface.listenPort().ifPresent(port -> line(text, "ListenPort", Integer.toString(port)));
        for (Peer peer : peers) {
            text.append('\n');
            peer.comment()
                    .ifPresent(comment -> text.append("# ").append(comment).append('\n'));
            text.append("[Peer]\n");
            line(text, "PublicKey", peer.publicKey().base64());
            line(
                    text,
                    "AllowedIPs",
                    String.join(
                            ", ",
                            peer.allowedIps().stream().map(Prefix::toString).toList()));
            peer.endpoint().ifPresent(endpoint -> line(text, "Endpoint", endpoint));
            peer.persistentKeepalive()
                    .ifPresent(seconds -> line(text, "PersistentKeepalive", Integer.toString(seconds)));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(" = ").append(value).append('\n');
    }

    /** Reads a file as {@link #render()} writes it; comments before a section are kept with it. */
    public static WgQuickConfig parse(String text) {
        return new Parser(text).parse();
    }

    private static final class Parser {
        private final String[] lines;
        private final List<String> fileComments = new ArrayList<>();
        private final List<Peer> peers = new ArrayList<>();
        private Interface iface;
        private String section;
        private List<String> pendingComments = new ArrayList<>();
        private Optional<WireGuardPrivateKey> privateKey = Optional.empty();
        private List<String> addresses = new ArrayList<>();
        private OptionalInt listenPort = OptionalInt.empty();
        private WireGuardPublicKey publicKey;
        private List<Prefix> allowedIps = new ArrayList<>();
        private Optional<String> endpoint = Optional.empty();
        private OptionalInt keepalive = OptionalInt.empty();
        private Optional<String> peerComment = Optional.empty();
        private int lineNumber;

        Parser(String text) {
            this.lines = text.split("\n", -1);
        }

        WgQuickConfig parse() {
            for (String raw : lines) {
                lineNumber++;
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    pendingComments.add(line.substring(1).strip());
                } else if (line.startsWith("[")) {
                    startSection(line);
                } else {
                    keyValue(line);
                }
            }
            finishSection();
            if (iface == null) {
                throw bad("the file has no [Interface] section");
            }
            return new WgQuickConfig(fileComments, iface, peers);
        }

        private void startSection(String line) {
            finishSection();
            if (line.equals("[Interface]")) {
                if (iface != null || section != null) {
                    throw bad("[Interface] must come once, before the peers");
                }
                fileComments.addAll(pendingComments);
            } else if (line.equals("[Peer]")) {
                if (section == null) {
                    throw bad("[Peer] before [Interface]");
                }
                peerComment =
                        pendingComments.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", pendingComments));
            } else {
                throw bad("unknown section " + line);
            }
            pendingComments = new ArrayList<>();
            section = line;
        }

        private void keyValue(String line) {
            int equals = line.indexOf('=');
            if (equals < 0 || section == null) {
                throw bad("expected 'Key = value' inside a section");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            try {
                switch (section + key) {
                    case "[Interface]PrivateKey" -> privateKey = Optional.of(WireGuardPrivateKey.parse(value));
                    case "[Interface]Address" -> addresses.addAll(list(value));
                    case "[Interface]ListenPort" -> listenPort = OptionalInt.of(Integer.parseInt(value));
                    case "[Peer]PublicKey" -> publicKey = WireGuardPublicKey.parse(value);
                    case "[Peer]AllowedIPs" -> list(value).forEach(ip -> allowedIps.add(Prefix.parse(ip)));
                    case "[Peer]Endpoint" -> endpoint = Optional.of(value);
                    case "[Peer]PersistentKeepalive" -> keepalive = OptionalInt.of(Integer.parseInt(value));
                    default -> throw bad("unknown key " + key + " in " + section);
                }
            } catch (NumberFormatException | InvalidPrefixException | InvalidWireGuardKeyException e) {
                throw bad(key + ": " + e.getMessage());
            }
        }

        private void finishSection() {
            if ("[Interface]".equals(section)) {
                iface = new Interface(privateKey, addresses, listenPort);
            } else if ("[Peer]".equals(section)) {
                if (publicKey == null) {
                    throw bad("a [Peer] has no PublicKey");
                }
                peers.add(new Peer(peerComment, publicKey, allowedIps, endpoint, keepalive));
                publicKey = null;
                allowedIps = new ArrayList<>();
                endpoint = Optional.empty();
                keepalive = OptionalInt.empty();
            }
        }

        private static List<String> list(String value) {
            return List.of(value.split("\\s*,\\s*"));
        }

        private ValidationException bad(String reason) {
            return new ValidationException(
                    "config", "line " + lineNumber + " of the WireGuard config: " + reason + ".");
        }
    }
}
