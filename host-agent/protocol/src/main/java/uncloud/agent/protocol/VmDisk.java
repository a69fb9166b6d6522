package uncloud.agent.protocol;

import java.util.List;

/** A disk image attached as virtio block device; the path must be absolute and already exist on the host. */
public record VmDisk(String path, String format) {
    public static final List<String> FORMATS = List.of("raw", "qcow2");

    public VmDisk {
        Checks.required("path", path);
        if (!path.startsWith("/") || path.contains(",") || path.contains("..") || path.length() > 4096) {
            throw new ProtocolViolation(
                    "path", "path must be absolute, without ',' or '..' (got \"" + Checks.shorten(path) + "\")");
        }
        Checks.oneOf("format", format, FORMATS);
    }
}
