package uncloud.client.internal.ssh;

import java.nio.file.Path;
import java.util.List;

/** One SSH server with everything the SSH config had to say about it. */
record ResolvedHop(String hostName, int port, String user, List<Path> identityFiles) {
    ResolvedHop {
        identityFiles = List.copyOf(identityFiles);
    }

    /** The name known_hosts uses for this server. */
    String knownHostsName() {
        return port == 22 ? hostName : "[" + hostName + "]:" + port;
    }

    @Override
    public String toString() {
        return user + "@" + knownHostsName();
    }
}
