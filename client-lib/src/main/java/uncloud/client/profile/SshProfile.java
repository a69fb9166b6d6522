package uncloud.client.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uncloud.client.ValidationException;

/**
 * How a profile reaches the database host over SSH. Empty values are left to {@code ~/.ssh/config}.
 *
 * @param host the database host (or an alias from the SSH config)
 * @param jumpHosts {@code [user@]host[:port]} hops in order; empty means "as the SSH config says"
 * @param knownHosts the known_hosts file; empty means {@code ~/.ssh/known_hosts}
 */
public record SshProfile(
        String host,
        Optional<String> user,
        Optional<Integer> port,
        Optional<Path> key,
        List<String> jumpHosts,
        Optional<Path> knownHosts) {
    public SshProfile {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new ValidationException("ssh.host", "The profile's SSH host is empty.");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(key, "key");
        jumpHosts = List.copyOf(jumpHosts);
        Objects.requireNonNull(knownHosts, "knownHosts");
    }
}
