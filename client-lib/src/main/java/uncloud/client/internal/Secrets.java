package uncloud.client.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Handling of passwords and passphrases that keeps them out of Strings and wipes what it used. */
public final class Secrets {
    private Secrets() {}

    /** Encodes the characters as UTF-8 and wipes them, and every intermediate buffer. */
    public static byte[] utf8AndWipe(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(chars, '\0');
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
