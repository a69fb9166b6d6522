package uncloud.agent.protocol;

/** The API version every agent path starts with, and the limits both sides agree on. */
public final class ProtocolVersion {
    public static final String PREFIX = "/v1";

    /** Largest request body on the wire. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Largest gzip-decoded request body (a firewall for thousands of interfaces is sent compressed). */
    public static final int MAX_DECODED_BODY_BYTES = 16 * 1024 * 1024;

    private ProtocolVersion() {}
}
