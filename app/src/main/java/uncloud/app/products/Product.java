package uncloud.app.products;

import java.util.Map;
import java.util.Objects;
import uncloud.client.domain.Money;

/**
 * A product as the console shows and edits it. {@code version} is the row version the optimistic lock
 * checks on save; {@code id} is null for a product not saved yet.
 */
public record Product(
        Long id,
        long version,
        String name,
        String description,
        ProductKind kind,
        Money oneTimePrice,
        Money recurringPrice,
        BillingPeriod period,
        boolean active,
        Map<ProductKind.Attribute, Integer> attributes) {
    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oneTimePrice, "oneTimePrice");
        Objects.requireNonNull(recurringPrice, "recurringPrice");
        Objects.requireNonNull(period, "period");
        description = description == null ? "" : description;
        attributes = Map.copyOf(attributes);
    }

    public String attributeSummary() {
        StringBuilder text = new StringBuilder();
        for (ProductKind.Attribute attribute : kind.attributes()) {
            Integer value = attributes.get(attribute);
            if (value != null) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(attribute.label())
                        .append(' ')
                        .append(value);
            }
        }
        return text.toString();
    }
}
