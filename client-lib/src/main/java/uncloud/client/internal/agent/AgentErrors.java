package uncloud.client.internal.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import uncloud.client.AgentException;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;

/** Turns an agent's error answer into the library's exception family. */
public final class AgentErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentErrors() {}

    public static UncloudException from(String host, int status, String body) {
        String code = null;
        String message = null;
        String field = null;
        try {
            JsonNode error = JSON.readTree(body).path("error");
            code = text(error.get("code"));
            message = text(error.get("message"));
            field = text(error.get("field"));
        } catch (IOException e) {
            // not the agent's JSON (a proxy in between?): fall through with the status alone
        }
        String text = "agent " + host + ": " + (message == null ? "HTTP " + status : message);
        if (status == 400 || status == 413 || status == 415 || status == 422) {
            return new ValidationException(field, text);
        }
        if (status == 404) {
            return new NotFoundException(text);
        }
        if (status == 409) {
            return new ConflictException(text);
        }
        return new AgentException(text, status, code);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
