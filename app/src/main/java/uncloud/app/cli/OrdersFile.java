package uncloud.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uncloud.client.ValidationException;
import uncloud.client.domain.InvalidOrderException;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.OrderTerms;
import uncloud.client.domain.RecurringPeriod;

/**
 * The JSON input of {@code uncloud bills preview}: orders keyed by customer name, and optionally
 * planned replacements. Validates everything before anything is computed; every error names the order
 * (or replacement) and the field.
 */
final class OrdersFile {
    private static final Set<String> ORDER_FIELDS = Set.of(
            "id", "customer", "description", "oneTimePrice", "recurringPrice", "recurringPeriod", "startsAt", "endsAt");
    private static final Set<String> REPLACEMENT_FIELDS =
            Set.of("order", "description", "oneTimePrice", "recurringPrice", "recurringPeriod", "startsAt");

    /** A replacement to preview: which order, the new terms, and staff's start or null for the default. */
    record PlannedReplacement(long orderId, OrderTerms terms, Instant startsAt) {}

    private final List<Order> orders;
    private final Map<Long, String> customerNames;
    private final List<PlannedReplacement> replacements;

    private OrdersFile(List<Order> orders, Map<Long, String> customerNames, List<PlannedReplacement> replacements) {
        this.orders = orders;
        this.customerNames = customerNames;
        this.replacements = replacements;
    }

    List<Order> orders() {
        return orders;
    }

    /** Customer ids are numbered in the sorted order of the names, so sorting by id sorts by name. */
    String customerName(long customerId) {
        return customerNames.get(customerId);
    }

    List<PlannedReplacement> replacements() {
        return replacements;
    }

    static OrdersFile read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ValidationException("orders", "Orders file " + file + " does not exist.");
        } catch (IOException e) {
            throw new ValidationException("orders", "Cannot read orders file " + file + ": " + e.getMessage());
        }
        return parse(text);
    }

    static OrdersFile parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException(
                    "orders",
                    "Orders file is not valid JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ".");
        }
        if (root == null || !root.isObject() || !root.path("orders").isArray()) {
            throw new ValidationException("orders", "Orders file must be an object with an \"orders\" array.");
        }
        Map<String, Long> customerIds = numberCustomers(root.get("orders"));
        List<Order> orders = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("orders")) {
            Order order = readOrder(node, index++, customerIds);
            if (!ids.add(order.id())) {
                throw new ValidationException("id", "order " + order.id() + ": id: appears more than once.");
            }
            orders.add(order);
        }
        List<PlannedReplacement> replacements = new ArrayList<>();
        JsonNode planned = root.path("replacements");
        if (!planned.isMissingNode() && !planned.isNull()) {
            if (!planned.isArray()) {
                throw new ValidationException("replacements", "\"replacements\" must be an array.");
            }
            int i = 0;
            for (JsonNode node : planned) {
                replacements.add(readReplacement(node, i++, ids));
            }
        }
        Map<Long, String> names = new TreeMap<>();
        customerIds.forEach((name, id) -> names.put(id, name));
        return new OrdersFile(List.copyOf(orders), names, List.copyOf(replacements));
    }

    private static Map<String, Long> numberCustomers(JsonNode orders) {
        TreeMap<String, Long> ids = new TreeMap<>();
        for (JsonNode node : orders) {
            JsonNode customer = node.path("customer");
            if (customer.isTextual() && !customer.asText().isBlank()) {
                ids.put(customer.asText(), 0L);
            }
        }
        long next = 1;
        for (Map.Entry<String, Long> entry : ids.entrySet()) {
            entry.setValue(next++);
        }
        return ids;
    }

    private static Order readOrder(JsonNode node, int index, Map<String, Long> customerIds) {
        String where = "order #" + (index + 1);
        if (!node.isObject()) {
            throw new ValidationException("orders", where + ": must be an object.");
        }
        JsonNode idNode = node.path("id");
        if (!idNode.canConvertToExactIntegral() || !idNode.canConvertToLong() || idNode.asLong() <= 0) {
            throw new ValidationException("id", where + ": id: must be a positive integer.");
        }
        long id = idNode.asLong();
        String label = "order " + id;
        rejectUnknownFields(node, ORDER_FIELDS, label);
        JsonNode customer = node.path("customer");
        if (!customer.isTextual() || customer.asText().isBlank()) {
            throw new ValidationException("customer", label + ": customer: must be a non-empty string.");
        }
        try {
            return new Order(
                            id,
                            customerIds.get(customer.asText()),
                            null,
                            text(node, "description", label),
                            money(node, "oneTimePrice", label),
                            money(node, "recurringPrice", label),
                            period(node, "recurringPeriod", label),
                            instant(node, "startsAt", label, true),
                            instant(node, "endsAt", label, false),
                            null)
                    .requireEndAfterStart();
        } catch (InvalidOrderException e) {
            throw new ValidationException(e.field(), label + ": " + e.getMessage() + ".");
        }
    }

    private static PlannedReplacement readReplacement(JsonNode node, int index, Set<Long> orderIds) {
        String label = "replacement #" + (index + 1);
        if (!node.isObject()) {
            throw new ValidationException("replacements", label + ": must be an object.");
        }
        rejectUnknownFields(node, REPLACEMENT_FIELDS, label);
        JsonNode order = node.path("order");
        if (!order.canConvertToExactIntegral() || !orderIds.contains(order.asLong())) {
            throw new ValidationException("order", label + ": order: must be the id of an order in \"orders\".");
        }
        OrderTerms terms = new OrderTerms(
                null,
                text(node, "description", label),
                money(node, "oneTimePrice", label),
                money(node, "recurringPrice", label),
                period(node, "recurringPeriod", label));
        return new PlannedReplacement(order.asLong(), terms, instant(node, "startsAt", label, false));
    }

    private static void rejectUnknownFields(JsonNode node, Set<String> known, String label) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(
                        name,
                        label + ": " + name + ": unknown field (known: " + String.join(", ", sorted(known)) + ").");
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    private static String text(JsonNode node, String field, String label) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, label + ": " + field + ": must be a string.");
        }
        return value.asText();
    }

    /** Absent means 0.00; a string (or a JSON number) with at most two decimals. */
    private static Money money(JsonNode node, String field, String label) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Money.ZERO;
        }
        BigDecimal amount;
        try {
            amount = value.isNumber()
                    ? value.decimalValue()
                    : new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(
                    field, label + ": " + field + ": \"" + value.asText() + "\" is not an amount like \"15.00\".");
        }
        if (!value.isNumber() && !value.isTextual()) {
            throw new ValidationException(field, label + ": " + field + ": must be an amount like \"15.00\".");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, label + ": " + field + ": " + amount + " has more than two decimals.");
        }
        if (amount.signum() < 0) {
            throw new ValidationException(field, label + ": " + field + ": must not be negative, was " + amount + ".");
        }
        return new Money(amount);
    }

    private static RecurringPeriod period(JsonNode node, String field, String label) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new ValidationException(
                    field, label + ": " + field + ": is missing (one of " + List.of(RecurringPeriod.values()) + ").");
        }
        try {
            return RecurringPeriod.valueOf(value.asText());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    field,
                    label + ": " + field + ": unknown period \"" + value.asText() + "\" (one of "
                            + List.of(RecurringPeriod.values()) + ").");
        }
    }

    private static Instant instant(JsonNode node, String field, String label, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new ValidationException(field, label + ": " + field + ": is missing.");
            }
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.asText()).toInstant();
            if (!value.isTextual() || instant.getNano() != 0) {
                throw new ValidationException(
                        field, label + ": " + field + ": must be a whole second, was " + value.asText() + ".");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    field,
                    label + ": " + field + ": \"" + value.asText()
                            + "\" is not an ISO-8601 time with offset like 2020-03-03T00:00:00Z.");
        }
    }
}
