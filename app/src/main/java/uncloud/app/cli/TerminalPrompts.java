package uncloud.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import uncloud.client.ssh.HostKeyFingerprint;
import uncloud.client.ssh.SshPrompts;

/**
 * Asks SSH questions on the terminal, as OpenSSH's client does. Without a terminal (scripts, cron)
 * nothing is accepted: an unknown host key must then be added to known_hosts beforehand.
 */
final class TerminalPrompts implements SshPrompts {
    private final Console console = System.console();

    @Override
    public boolean acceptUnknownHostKey(HostKeyFingerprint key) {
        if (console == null) {
            return false;
        }
        console.printf("The authenticity of host '%s' can't be established.%n", key.host());
        console.printf("%s key fingerprint is %s.%n", key.keyType(), key.sha256());
        String answer = console.readLine("Are you sure you want to continue connecting (yes/no)? ");
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    @Override
    public Optional<char[]> passphraseFor(Path keyFile, int attempt) {
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Enter passphrase for key '%s': ", keyFile);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }
}
