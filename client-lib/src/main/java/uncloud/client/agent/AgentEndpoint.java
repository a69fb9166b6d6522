package uncloud.client.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import uncloud.client.ValidationException;
import uncloud.client.domain.Host;

/**
 * How to reach one host's agent: address, the pinned SHA-256 fingerprint of its certificate (learned during
 * onboarding) and how long one request may take, so one dead host never stalls the others.
 */
public record AgentEndpoint(String host, int port, String certificateSha256, Duration timeout) {
    public static final int DEFAULT_PORT = 7443;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public AgentEndpoint {
        if (host == null || host.isBlank()) {
            throw new ValidationException("host", "the agent's host name is missing");
        }
        if (port < 1 || port > 65535) {
            throw new ValidationException("port", "the agent's port must be between 1 and 65535");
        }
        String hex = certificateSha256 == null
                ? ""
                : certificateSha256.replace(":", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new ValidationException(
                    "certificateSha256", "the agent's certificate fingerprint must be 64 hex digits (SHA-256)");
        }
        certificateSha256 = hex;
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ValidationException("timeout", "the agent timeout must be positive");
        }
    }

    /**
     * The endpoint the host's row names: its {@code agent_url} ({@code https://name[:port]}) and pinned certificate.
     *
     * @throws ValidationException when the host is not onboarded yet or its agent URL is not an https URL
     */
    public static AgentEndpoint of(Host host) {
        if (host.agentUrl() == null || host.agentCertSha256() == null) {
            throw new ValidationException(
                    "agentUrl", host.fqdn() + " is not onboarded yet: it has no agent address and certificate");
        }
        URI url;
        try {
            url = new URI(host.agentUrl());
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null
                || !"https".equals(url.getScheme())
                || url.getHost() == null
                || (url.getPath() != null
                        && !url.getPath().isEmpty()
                        && !url.getPath().equals("/"))) {
            throw new ValidationException(
                    "agentUrl",
                    host.fqdn() + ": the agent URL must look like https://" + host.fqdn() + ":" + DEFAULT_PORT
                            + " (got " + host.agentUrl() + ")");
        }
        String name = url.getHost().startsWith("[")
                ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        return new AgentEndpoint(
                name, url.getPort() < 0 ? DEFAULT_PORT : url.getPort(), host.agentCertSha256(), DEFAULT_TIMEOUT);
    }

    public AgentEndpoint(String host, String certificateSha256) {
        this(host, DEFAULT_PORT, certificateSha256, DEFAULT_TIMEOUT);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
