package uncloud.agent.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.agent.Agent;
import uncloud.agent.ApiException;
import uncloud.agent.host.CommandFailedException;
import uncloud.agent.protocol.AgentJson;
import uncloud.agent.protocol.ErrorResponse;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.ProtocolVersion;
import uncloud.agent.protocol.VmSpec;
import uncloud.agent.protocol.WireguardSpec;

/** Routes {@code /v1/…} requests to the agent and writes JSON answers; every failure becomes a JSON error. */
final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String V = ProtocolVersion.PREFIX;

    private final Agent agent;
    private final ObjectMapper json = AgentJson.mapper();

    ApiHandler(Agent agent) {
        this.agent = agent;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Object answer = route(
                        exchange,
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath());
                send(exchange, 200, answer);
            } catch (ApiException e) {
                send(exchange, e.status(), ErrorResponse.of(e.code(), e.getMessage(), e.field()));
            } catch (JsonProcessingException e) {
                ApiException api = JsonErrors.toApi(e);
                send(exchange, api.status(), ErrorResponse.of(api.code(), api.getMessage(), api.field()));
            } catch (CommandFailedException e) {
                LOG.warn("{}", e.getMessage());
                send(exchange, 500, ErrorResponse.of("command_failed", e.getMessage(), null));
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                send(exchange, 500, ErrorResponse.of("internal", "the agent failed: " + e, null));
            }
        }
    }

    private Object route(HttpExchange exchange, String method, String path) throws IOException {
        if (path.equals(V + "/health")) {
            allow(method, "GET");
            return agent.health();
        }
        if (path.equals(V + "/firewall")) {
            allow(method, "PUT");
            return agent.applyFirewall(read(exchange, FirewallState.class));
        }
        if (path.equals(V + "/firewall/preview")) {
            allow(method, "POST");
            return agent.previewFirewall(read(exchange, FirewallState.class));
        }
        if (path.equals(V + "/vms")) {
            allow(method, "GET");
            return agent.vms();
        }
        if (path.startsWith(V + "/vms/")) {
            String id = path.substring((V + "/vms/").length());
            if (method.equals("PUT")) {
                return agent.putVm(id, read(exchange, VmSpec.class));
            }
            allow(method, "DELETE");
            return agent.deleteVm(id);
        }
        if (path.startsWith(V + "/wireguard/")) {
            allow(method, "PUT");
            return agent.putWireguard(
                    path.substring((V + "/wireguard/").length()), read(exchange, WireguardSpec.class));
        }
        throw new ApiException(404, "not_found", "no such endpoint: " + path, null);
    }

    private static void allow(String method, String expected) {
        if (!method.equals(expected)) {
            throw new ApiException(405, "method_not_allowed", "use " + expected + " here", null);
        }
    }

    private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        byte[] body = RequestBody.read(exchange);
        if (body.length == 0) {
            throw ApiException.invalid(null, "the request needs a JSON body");
        }
        return json.readValue(body, type);
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
