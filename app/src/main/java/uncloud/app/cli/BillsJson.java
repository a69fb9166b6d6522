package uncloud.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongFunction;
import uncloud.client.domain.BillLine;
import uncloud.client.domain.MonthlyBill;
import uncloud.client.domain.Order;

/**
 * Bills as the JSON of {@code uncloud bills preview}: amounts as strings with two decimals, times as
 * ISO-8601 with the zone's offset, fields in a fixed order.
 */
final class BillsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private BillsJson() {}

    static String render(Iterable<MonthlyBill> bills, LongFunction<String> customerName, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode billsNode = root.putArray("bills");
        for (MonthlyBill bill : bills) {
            ObjectNode billNode = billsNode.addObject();
            billNode.put("customer", customerName.apply(bill.customerId()));
            billNode.put("startsAt", time(bill.month().firstSecond(), zone));
            billNode.put("endsAt", time(bill.month().lastSecond(), zone));
            ArrayNode records = billNode.putArray("records");
            for (BillLine record : bill.records()) {
                ObjectNode recordNode = records.addObject();
                if (record.orderId() == Order.UNSAVED) {
                    recordNode.putNull("order"); // a planned order: it has no id before it is placed
                } else {
                    recordNode.put("order", record.orderId());
                }
                recordNode.put("startsAt", time(record.startsAt(), zone));
                recordNode.put("endsAt", time(record.endsAt(), zone));
                recordNode.put("seconds", record.seconds());
                recordNode.put("oneTimeAmount", record.oneTimeAmount().toString());
                recordNode.put("recurringAmount", record.recurringAmount().toString());
                recordNode.put("amount", record.amount().toString());
            }
            billNode.put("subtotal", bill.subtotal().toString());
            billNode.put("vat", bill.vat().toString());
            billNode.put("total", bill.total().toString());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
