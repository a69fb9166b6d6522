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
        prepare(state).commit();
    }

    /**
     * Writes the state to the temporary file and flushes it to disk, without replacing the current file yet: the
     * agent prepares while nft runs and commits only once the host change succeeded.
     */
    public Prepared prepare(DesiredState state) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            json.writeValue(new NonClosing(out), state);
            channel.force(true);
        }
        return new Prepared(temp);
    }

    /** A fully written temporary state file, waiting to replace the current one. */
    public final class Prepared {
        private final Path temp;

        private Prepared(Path temp) {
            this.temp = temp;
        }

        public void commit() throws IOException {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        public void discard() throws IOException {
            Files.deleteIfExists(temp);
        }
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
