package uncloud.agent.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import uncloud.agent.ApiException;
import uncloud.agent.protocol.ProtocolVersion;

/**
 * Reads a request body within the limits: at most 1 MiB on the wire and, for gzip bodies, at most 16 MiB decoded.
 * Too much is refused with 413 before anything is parsed.
 */
final class RequestBody {
    private RequestBody() {}

    static byte[] read(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > ProtocolVersion.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json", null);
        }
        byte[] wire = limited(exchange.getRequestBody(), ProtocolVersion.MAX_BODY_BYTES);
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding == null || encoding.equalsIgnoreCase("identity")) {
            return wire;
        }
        if (!encoding.equalsIgnoreCase("gzip")) {
            throw new ApiException(415, "unsupported_encoding", "Content-Encoding must be gzip or absent", null);
        }
        try (InputStream decoded = new GZIPInputStream(new java.io.ByteArrayInputStream(wire))) {
            return limited(decoded, ProtocolVersion.MAX_DECODED_BODY_BYTES);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw ApiException.invalid(null, "the gzip body is damaged: " + e.getMessage());
        }
    }

    private static byte[] limited(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + n > limit) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge() {
        return new ApiException(
                413,
                "too_large",
                "request bodies are limited to 1 MiB (16 MiB after gzip decoding); split the change or compress it",
                null);
    }
}
