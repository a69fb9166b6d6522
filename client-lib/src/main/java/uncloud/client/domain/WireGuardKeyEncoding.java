package uncloud.client.domain;

import java.util.Base64;

/** WireGuard's key text: exactly 32 bytes as padded standard base64, as {@code wg} reads and writes it. */
final class WireGuardKeyEncoding {
    static final int KEY_BYTES = 32;
    private static final int KEY_CHARACTERS = 44;

    private WireGuardKeyEncoding() {}

    static String encode(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new InvalidWireGuardKeyException("a WireGuard key has 32 bytes, not " + key.length + ".");
        }
        return Base64.getEncoder().encodeToString(key);
    }

    static byte[] decode(String text, String what) {
        if (text.length() == KEY_CHARACTERS && text.charAt(KEY_CHARACTERS - 1) == '=') {
            try {
                byte[] bytes = Base64.getDecoder().decode(text);
                // Base64 tolerates non-zero padding bits; WireGuard does not, so a key has one spelling.
                if (Base64.getEncoder().encodeToString(bytes).equals(text)) {
                    return bytes;
                }
            } catch (IllegalArgumentException notBase64) {
                // reported below, with the reason a person can act on
            }
        }
        throw new InvalidWireGuardKeyException(subject(text, what) + " is not a WireGuard " + what
                + ": a key is 32 bytes in base64, 44 characters ending in '=', as wg genkey and wg pubkey print it.");
    }

    /** A wrong private key may still be a secret (a typo of the real one): never echo it. */
    private static String subject(String text, String what) {
        if (what.startsWith("private")) {
            return "the text given (" + text.length() + " characters)";
        }
        return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
    }
}
