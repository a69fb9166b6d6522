package uncloud.agent.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tools found on the host, reported by {@code /v1/health} and used to pick how WireGuard is run. */
public final class Capabilities {
    private Capabilities() {}

    public static List<String> probe() {
        List<String> found = new ArrayList<>();
        if (onPath("nft")) {
            found.add("nft");
        }
        if (onPath("qemu-system-x86_64")) {
            found.add("qemu");
        }
        if (Files.exists(Path.of("/dev/kvm"))) {
            found.add("kvm");
        }
        if (onPath("wg")) {
            found.add("wg");
        }
        if (onPath("wireguard-go")) {
            found.add("wireguard-go");
        }
        return List.copyOf(found);
    }

    public static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program)) || Files.isExecutable(Path.of("/sbin", program));
    }
}
