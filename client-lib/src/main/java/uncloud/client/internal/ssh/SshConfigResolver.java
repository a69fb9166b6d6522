package uncloud.client.internal.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uncloud.client.ValidationException;
import uncloud.client.ssh.SshEndpoint;
import uncloud.client.ssh.SshTunnelSettings;

/**
 * Applies {@code ~/.ssh/config} the way OpenSSH does for the options the tunnel honours: HostName,
 * User, Port, IdentityFile and ProxyJump. Values given explicitly in the profile win over the config.
 */
final class SshConfigResolver {
    private final ConfigRepository config;
    private final String localUser;
    private final Path home;

    private SshConfigResolver(ConfigRepository config, String localUser, Path home) {
        this.config = config;
        this.localUser = localUser;
        this.home = home;
    }

    static SshConfigResolver of(Optional<Path> configFile) {
        ConfigRepository repository = ConfigRepository.nullConfig;
        if (configFile.isPresent()) {
            try {
                repository = OpenSSHConfig.parseFile(configFile.get().toString());
            } catch (IOException e) {
                throw new ValidationException(
                        "sshConfig", "Cannot read the SSH config " + configFile.get() + ": " + e.getMessage());
            }
        }
        return new SshConfigResolver(
                repository, System.getProperty("user.name"), Path.of(System.getProperty("user.home")));
    }

    /** The hops to connect in order: the jump hosts, then the target. */
    List<ResolvedHop> resolve(SshTunnelSettings settings) {
        ConfigRepository.Config target = config.getConfig(settings.target().host());
        List<SshEndpoint> jumps =
                settings.jumpHosts().isEmpty() ? parseProxyJump(target.getValue("ProxyJump")) : settings.jumpHosts();
        List<ResolvedHop> hops = new ArrayList<>();
        for (SshEndpoint jump : jumps) {
            hops.add(resolve(jump, List.of()));
        }
        hops.add(resolve(settings.target(), settings.identityFiles()));
        return hops;
    }

    private ResolvedHop resolve(SshEndpoint endpoint, List<Path> explicitKeys) {
        ConfigRepository.Config entry = config.getConfig(endpoint.host());
        String hostName = Optional.ofNullable(entry.getHostname())
                .map(name -> name.replace("%h", endpoint.host()))
                .orElse(endpoint.host());
        int port = endpoint.port().orElse(entry.getPort() > 0 ? entry.getPort() : 22);
        String user =
                endpoint.user().or(() -> Optional.ofNullable(entry.getUser())).orElse(localUser);
        List<Path> keys = new ArrayList<>(explicitKeys);
        String[] configured = entry.getValues("IdentityFile");
        if (configured != null) {
            Arrays.stream(configured)
                    .map(this::expandHome)
                    .filter(key -> !keys.contains(key))
                    .forEach(keys::add);
        }
        return new ResolvedHop(hostName, port, user, keys);
    }

    private Path expandHome(String file) {
        String unquoted = file.replace("\"", "");
        return unquoted.startsWith("~/") ? home.resolve(unquoted.substring(2)) : Path.of(unquoted);
    }

    static List<SshEndpoint> parseProxyJump(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .map(hop -> hop.startsWith("ssh://") ? hop.substring("ssh://".length()) : hop)
                .map(SshEndpoint::parse)
                .toList();
    }
}
