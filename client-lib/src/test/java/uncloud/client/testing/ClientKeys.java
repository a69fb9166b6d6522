package uncloud.client.testing;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Client key pairs for the tests, and the authorized_keys file the test servers read. */
public final class ClientKeys {
    private ClientKeys() {}

    /** An unencrypted ECDSA key written by JSch, its public half appended to authorized_keys. */
    public static Path ecdsaKey(Path folder, Path authorizedKeys) throws Exception {
        KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        Path key = folder.resolve("id_ecdsa_" + System.nanoTime());
        pair.writePrivateKey(key.toString());
        pair.writePublicKey(key + ".pub", "tester");
        authorize(key, authorizedKeys);
        return key;
    }

    /** A key written by OpenSSH's ssh-keygen, so the formats are the ones people really have. */
    public static Path sshKeygen(Path folder, Path authorizedKeys, String type, String format, String passphrase)
            throws Exception {
        Path key = folder.resolve("id_" + type + "_" + format + "_" + System.nanoTime());
        List<String> command = new java.util.ArrayList<>(
                List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "tester", "-f", key.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "2048")); // the default 3072 bits take seconds to generate
        }
        if (!format.equals("OpenSSH")) {
            command.addAll(List.of("-m", format)); // PEM (traditional) or PKCS8
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(
                    "ssh-keygen failed: " + new String(process.getInputStream().readAllBytes()));
        }
        authorize(key, authorizedKeys);
        return key;
    }

    public static boolean sshKeygenAvailable() {
        try {
            return new ProcessBuilder("ssh-keygen", "-?").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void authorize(Path key, Path authorizedKeys) {
        try {
            Files.write(
                    authorizedKeys,
                    Files.readAllBytes(Path.of(key + ".pub")),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
