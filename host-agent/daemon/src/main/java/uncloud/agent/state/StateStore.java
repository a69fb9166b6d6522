package uncloud.agent.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import uncloud.agent.protocol.AgentJson;

/**
 * Keeps the desired state in one JSON file, replaced atomically: written to a temporary file in the same folder,
 * flushed to disk, then renamed over the old one. A crash leaves either the old or the new file, never half of
 * one. The file holds WireGuard private keys, so only its owner may read it.
 */
public final class StateStore {
    private final Path file;
    private final ObjectMapper json = AgentJson.mapper();

    public StateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public DesiredState load() throws IOException {
        if (!Files.exists(file)) {
            return DesiredState.EMPTY;
        }
        return json.readValue(file.toFile(), DesiredState.class);
    }

    public void save(DesiredState state) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            json.writeValue(new NonClosing(out), state);
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Jackson closes the stream it writes to; the channel must stay open for {@code force}. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
