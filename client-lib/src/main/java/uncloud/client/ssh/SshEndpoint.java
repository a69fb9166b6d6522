package uncloud.client.ssh;

import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;

/**
 * One SSH server to connect to: the target or a jump host. Host may be an alias from
 * {@code ~/.ssh/config}; user and port are empty when the config or the defaults decide.
 */
public record SshEndpoint(String host, Optional<String> user, Optional<Integer> port) {
    public SshEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(port, "port");
        if (host.isBlank()) {
            throw new ValidationException("sshHost", "The SSH host is empty.");
        }
        port.ifPresent(p -> {
            if (p < 1 || p > 65535) {
                throw new ValidationException("sshPort", "SSH port " + p + " is outside 1-65535.");
            }
        });
    }

    public static SshEndpoint of(String host) {
        return new SshEndpoint(host, Optional.empty(), Optional.empty());
    }

    /** Parses OpenSSH's {@code [user@]host[:port]} (IPv6 literals in brackets: {@code [::1]:22}). */
    public static SshEndpoint parse(String text) {
        String rest = text.strip();
        Optional<String> user = Optional.empty();
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = Optional.of(rest.substring(0, at));
            rest = rest.substring(at + 1);
        }
        String host = rest;
        Optional<Integer> port = Optional.empty();
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new ValidationException("sshHost", "Unbalanced brackets in SSH host '" + text + "'.");
            }
            host = rest.substring(1, close);
            if (rest.length() > close + 1) {
                port = Optional.of(parsePort(rest.substring(close + 2), text));
            }
        } else if (rest.indexOf(':') >= 0 && rest.indexOf(':') == rest.lastIndexOf(':')) {
            host = rest.substring(0, rest.indexOf(':'));
            port = Optional.of(parsePort(rest.substring(rest.indexOf(':') + 1), text));
        }
        return new SshEndpoint(host, user, port);
    }

    private static int parsePort(String port, String text) {
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new ValidationException("sshPort", "'" + port + "' in '" + text + "' is not a port number.");
        }
    }

    @Override
    public String toString() {
        return user.map(u -> u + "@").orElse("")
                + (host.contains(":") ? "[" + host + "]" : host)
                + port.map(p -> ":" + p).orElse("");
    }
}
