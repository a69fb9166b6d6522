package uncloud.client;

import java.util.Optional;

/**
 * A host agent could not carry out a request: a host command failed, or the agent answered something this library
 * does not understand. Its message is the agent's own one-line reason, prefixed with the host.
 */
public class AgentException extends UncloudException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public AgentException(String message, int status, String code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public AgentException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.code = null;
    }

    /** The HTTP status the agent answered with, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The agent's error code, such as {@code command_failed}. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }
}
