package uncloud.agent.protocol;

/** The API version every agent path starts with. */
public final class ProtocolVersion {
    public static final String PREFIX = "/v1";

    private ProtocolVersion() {}
}
