package uncloud.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uncloud.client.ValidationException;
import uncloud.client.domain.InvalidWireGuardKeyException;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.vpn.WireGuardKeys;

/** {@code uncloud wg genkey|pubkey}: WireGuard's own key commands, so staff can script keys without wg. */
@Command(
        name = "wg",
        description = "WireGuard keys, like wg genkey and wg pubkey.",
        mixinStandardHelpOptions = true,
        subcommands = {WgCommand.GenKey.class, WgCommand.PubKey.class})
public final class WgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: genkey or pubkey.");
    }

    @Command(name = "genkey", description = "Print a new private key (base64) on standard output.")
    static final class GenKey implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.println(WireGuardKeys.generate().privateKey().base64());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "pubkey",
            description = "Read a private key on standard input, print its public key on standard output.")
    static final class PubKey implements Callable<Integer> {
        /** The longest input worth reading: a key, white space and a line end. */
        private static final int MAX_INPUT = 1024;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        InputStream in = System.in;

        @Override
        public Integer call() throws IOException {
            String text = new String(in.readNBytes(MAX_INPUT), StandardCharsets.US_ASCII);
            WireGuardPrivateKey privateKey;
            try {
                privateKey = WireGuardPrivateKey.parse(text);
            } catch (InvalidWireGuardKeyException e) {
                throw new ValidationException("stdin", e.getMessage());
            }
            var out = spec.commandLine().getOut();
            out.println(WireGuardKeys.publicKeyOf(privateKey).base64());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
