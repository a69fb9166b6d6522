package uncloud.client.internal.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uncloud.client.ValidationException;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.DatabaseProfile;
import uncloud.client.profile.LdapProfile;
import uncloud.client.profile.SshProfile;

/**
 * Reads and writes profiles as JSON. Strict: unknown fields are errors (a typo must not silently fall
 * back to a default), and a field that looks like a secret is refused outright.
 */
public final class ProfileJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("ssh", "database", "ldap");
    private static final Set<String> SSH = Set.of("host", "user", "port", "key", "jumpHosts", "knownHosts");
    private static final Set<String> DATABASE = Set.of("host", "port", "name", "user", "passwordEntry");
    private static final Set<String> LDAP = Set.of(
            "url",
            "startTls",
            "baseDn",
            "staffGroup",
            "bindMode",
            "serviceBindDn",
            "servicePasswordEntry",
            "caCertificate");

    private final Path home;

    public ProfileJson(Path home) {
        this.home = home;
    }

    public ConnectionProfile read(String name, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ValidationException(
                    "profile",
                    "Profile '" + name + "' is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("profile", "Profile '" + name + "' must be a JSON object.");
        }
        refuseSecrets(name, root, "");
        onlyKnown(name, root, TOP, "");
        Optional<SshProfile> ssh = Optional.ofNullable(root.get("ssh")).map(node -> ssh(name, node));
        return new ConnectionProfile(
                name,
                ssh,
                database(name, required(name, root, "database", "")),
                ldap(name, required(name, root, "ldap", "")),
                false);
    }

    public String write(ConnectionProfile profile) {
        ObjectNode root = JSON.createObjectNode();
        profile.ssh().ifPresent(ssh -> {
            ObjectNode node = root.putObject("ssh");
            node.put("host", ssh.host());
            ssh.user().ifPresent(user -> node.put("user", user));
            ssh.port().ifPresent(port -> node.put("port", port));
            ssh.key().ifPresent(key -> node.put("key", key.toString()));
            ArrayNode jumps = node.putArray("jumpHosts");
            ssh.jumpHosts().forEach(jumps::add);
            ssh.knownHosts().ifPresent(file -> node.put("knownHosts", file.toString()));
        });
        DatabaseProfile db = profile.database();
        ObjectNode database = root.putObject("database");
        database.put("host", db.host())
                .put("port", db.port())
                .put("name", db.name())
                .put("user", db.user());
        db.passwordEntry().ifPresent(entry -> database.put("passwordEntry", entry));
        LdapProfile ldap = profile.ldap();
        ObjectNode node = root.putObject("ldap");
        node.put("url", ldap.url().toString())
                .put("startTls", ldap.startTls())
                .put("baseDn", ldap.baseDn())
                .put("staffGroup", ldap.staffGroupDn())
                .put("bindMode", ldap.bindMode().name().toLowerCase(Locale.ROOT));
        ldap.serviceBindDn().ifPresent(dn -> node.put("serviceBindDn", dn));
        ldap.servicePasswordEntry().ifPresent(entry -> node.put("servicePasswordEntry", entry));
        ldap.caCertificate().ifPresent(file -> node.put("caCertificate", file.toString()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private SshProfile ssh(String name, JsonNode node) {
        onlyKnown(name, node, SSH, "ssh.");
        List<String> jumps = new ArrayList<>();
        JsonNode array = node.get("jumpHosts");
        if (array != null) {
            if (!array.isArray()) {
                throw new ValidationException("ssh.jumpHosts", "Profile '" + name + "': ssh.jumpHosts must be a list.");
            }
            array.forEach(hop -> jumps.add(hop.asText()));
        }
        return new SshProfile(
                text(name, node, "host", "ssh.").orElseThrow(() -> missing(name, "ssh.host")),
                text(name, node, "user", "ssh."),
                integer(name, node, "port", "ssh."),
                text(name, node, "key", "ssh.").map(this::path),
                jumps,
                text(name, node, "knownHosts", "ssh.").map(this::path));
    }

    private DatabaseProfile database(String name, JsonNode node) {
        onlyKnown(name, node, DATABASE, "database.");
        return new DatabaseProfile(
                text(name, node, "host", "database.").orElse("127.0.0.1"),
                integer(name, node, "port", "database.").orElse(5432),
                text(name, node, "name", "database.").orElseThrow(() -> missing(name, "database.name")),
                text(name, node, "user", "database.").orElseThrow(() -> missing(name, "database.user")),
                text(name, node, "passwordEntry", "database."));
    }

    private LdapProfile ldap(String name, JsonNode node) {
        onlyKnown(name, node, LDAP, "ldap.");
        String mode = text(name, node, "bindMode", "ldap.").orElse("anonymous");
        LdapProfile.BindMode bindMode;
        try {
            bindMode = LdapProfile.BindMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    "ldap.bindMode",
                    "Profile '" + name + "': ldap.bindMode must be 'anonymous' or 'service', not '" + mode + "'.");
        }
        JsonNode startTls = node.get("startTls");
        return new LdapProfile(
                URI.create(text(name, node, "url", "ldap.").orElseThrow(() -> missing(name, "ldap.url"))),
                startTls != null && startTls.asBoolean(),
                text(name, node, "baseDn", "ldap.").orElseThrow(() -> missing(name, "ldap.baseDn")),
                text(name, node, "staffGroup", "ldap.").orElseThrow(() -> missing(name, "ldap.staffGroup")),
                bindMode,
                text(name, node, "serviceBindDn", "ldap."),
                text(name, node, "servicePasswordEntry", "ldap."),
                text(name, node, "caCertificate", "ldap.").map(this::path));
    }

    private Path path(String value) {
        return value.equals("~") ? home : value.startsWith("~/") ? home.resolve(value.substring(2)) : Path.of(value);
    }

    private static void refuseSecrets(String name, JsonNode node, String prefix) {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            String lower = field.toLowerCase(Locale.ROOT);
            boolean secret =
                    lower.contains("passphrase") || (lower.contains("password") && !lower.endsWith("passwordentry"));
            if (secret) {
                throw new ValidationException(
                        prefix + field,
                        "Profile '" + name + "' contains '" + prefix + field
                                + "': profiles never hold passwords or passphrases. Remove it; name a password-store entry"
                                + " (passwordEntry) or type it at login instead.");
            }
            JsonNode child = node.get(field);
            if (child.isObject()) {
                refuseSecrets(name, child, prefix + field + ".");
            }
        }
    }

    private static void onlyKnown(String name, JsonNode node, Set<String> known, String prefix) {
        if (!node.isObject()) {
            throw new ValidationException(prefix, "Profile '" + name + "': " + prefix + " must be a JSON object.");
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new ValidationException(
                        prefix + field,
                        "Profile '" + name + "' has an unknown field '" + prefix + field + "' (known: "
                                + String.join(", ", new java.util.TreeSet<>(known)) + ").");
            }
        });
    }

    private static JsonNode required(String name, JsonNode node, String field, String prefix) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw missing(name, prefix + field);
        }
        return child;
    }

    private static Optional<String> text(String name, JsonNode node, String field, String prefix) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            return Optional.empty();
        }
        if (!child.isTextual()) {
            throw new ValidationException(
                    prefix + field, "Profile '" + name + "': " + prefix + field + " must be text.");
        }
        return Optional.of(child.asText()).filter(value -> !value.isBlank());
    }

    private static Optional<Integer> integer(String name, JsonNode node, String field, String prefix) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            return Optional.empty();
        }
        if (!child.canConvertToInt() || !child.isIntegralNumber()) {
            throw new ValidationException(
                    prefix + field, "Profile '" + name + "': " + prefix + field + " must be a whole number.");
        }
        return Optional.of(child.asInt());
    }

    private static ValidationException missing(String name, String field) {
        return new ValidationException(field, "Profile '" + name + "' lacks " + field + ".");
    }
}
