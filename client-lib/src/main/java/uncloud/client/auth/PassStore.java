package uncloud.client.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;

/**
 * Reads a password from the standard Unix password manager ({@code pass}), which keeps it encrypted
 * with the user's GnuPG key. Only the first line counts, as {@code pass -c} does.
 */
public final class PassStore implements PasswordSource {
    private static final long TIMEOUT_SECONDS = 60; // gpg-agent may ask for the key's passphrase

    private final String command;
    private final String entry;

    /**
     * @param command the {@code pass} executable (a path or a name looked up on PATH)
     * @param entry the entry name, e.g. {@code ldap/alice}
     */
    public PassStore(String command, String entry) {
        this.command = Objects.requireNonNull(command, "command");
        this.entry = Objects.requireNonNull(entry, "entry");
        if (entry.isBlank() || entry.startsWith("-")) {
            throw new ValidationException("passwordEntry", "'" + entry + "' is not a password-store entry name.");
        }
    }

    @Override
    public char[] password() {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command, "show", entry)).start();
        } catch (IOException e) {
            throw new UncloudException(
                    "Cannot run '" + command + "' to read " + entry + ": is the password store (pass) installed?", e);
        }
        try (InputStream out = process.getInputStream()) {
            char[] line = firstLine(new InputStreamReader(out, StandardCharsets.UTF_8));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Arrays.fill(line, '\0');
                throw new UncloudException(
                        "'pass show " + entry + "' did not finish within " + TIMEOUT_SECONDS + " s.");
            }
            if (process.exitValue() != 0 || line.length == 0) {
                Arrays.fill(line, '\0');
                String reason = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new UncloudException("'pass show " + entry + "' gave no password"
                        + (reason.isEmpty()
                                ? "."
                                : ": " + reason.lines().findFirst().orElse("")));
            }
            return line;
        } catch (IOException e) {
            throw new UncloudException("Cannot read the output of 'pass show " + entry + "'.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new UncloudException("Interrupted while reading 'pass show " + entry + "'.", e);
        }
    }

    /** Reads up to the first line break without ever holding the password in a String. */
    private static char[] firstLine(Reader reader) throws IOException {
        char[] buffer = new char[64];
        int length = 0;
        for (int c = reader.read(); c != -1 && c != '\n' && c != '\r'; c = reader.read()) {
            if (length == buffer.length) {
                char[] bigger = Arrays.copyOf(buffer, length * 2);
                Arrays.fill(buffer, '\0');
                buffer = bigger;
            }
            buffer[length++] = (char) c;
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        reader.transferTo(Writer.nullWriter());
        return line;
    }
}
