package uncloud.app.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import uncloud.app.products.BillingPeriod;
import uncloud.app.products.Product;
import uncloud.app.products.ProductCatalog;
import uncloud.app.products.ProductKind;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.domain.Money;

/**
 * A product catalog in memory with the same contract as the database one: keyset pages (the key is
 * the row's position in the sorted, filtered list — good enough for a test double), version checks.
 */
public final class InMemoryProductCatalog implements ProductCatalog {
    private final Map<Long, Product> products = new ConcurrentSkipListMap<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private long nextId = 1;

    public static InMemoryProductCatalog withSamples(int count) {
        InMemoryProductCatalog catalog = new InMemoryProductCatalog();
        for (int i = 1; i <= count; i++) {
            ProductKind kind = ProductKind.values()[i % ProductKind.values().length];
            Map<ProductKind.Attribute, Integer> attributes = new java.util.EnumMap<>(ProductKind.Attribute.class);
            kind.attributes().forEach(attribute -> attributes.put(attribute, attribute.min() + 1));
            catalog.save(new Product(
                    null,
                    0,
                    String.format("Product %03d", i),
                    "Sample " + i,
                    kind,
                    Money.of("0.00"),
                    Money.of(i + ".00"),
                    BillingPeriod.PER_MONTH,
                    true,
                    attributes));
        }
        return catalog;
    }

    public int fetches() {
        return fetches.get();
    }

    @Override
    public Page<Product> fetch(PageQuery query) {
        fetches.incrementAndGet();
        String filter = query.filter().toLowerCase(Locale.ROOT);
        List<Product> matching = products.values().stream()
                .filter(product -> filter.isEmpty()
                        || product.name().toLowerCase(Locale.ROOT).contains(filter)
                        || product.description().toLowerCase(Locale.ROOT).contains(filter))
                .sorted(order(query))
                .collect(Collectors.toList());
        int from = query.after().map(key -> (Integer) key).orElse(0);
        int to = Math.min(matching.size(), from + query.limit());
        return new Page<>(
                new ArrayList<>(matching.subList(from, to)), to < matching.size() ? Optional.of(to) : Optional.empty());
    }

    private static Comparator<Product> order(PageQuery query) {
        Comparator<Product> comparator;
        String column = query.sort() == null ? "id" : query.sort().column();
        switch (column) {
            case "name":
                comparator = Comparator.comparing(Product::name);
                break;
            case "recurringPrice":
                comparator = Comparator.comparing(Product::recurringPrice);
                break;
            default:
                comparator = Comparator.comparing(Product::id);
        }
        comparator = comparator.thenComparing(Product::id);
        return query.sort() == null || query.sort().ascending() ? comparator : comparator.reversed();
    }

    @Override
    public synchronized Product get(long id) {
        Product product = products.get(id);
        if (product == null) {
            throw new NotFoundException("Product " + id + " does not exist.");
        }
        return product;
    }

    @Override
    public synchronized Product save(Product product) {
        if (product.id() == null) {
            Product stored = copy(product, nextId++, 1);
            products.put(stored.id(), stored);
            return stored;
        }
        Product current = get(product.id());
        if (current.version() != product.version()) {
            throw new ConflictException("Product " + product.id() + " was changed by someone else (version "
                    + current.version() + ", yours " + product.version() + ").");
        }
        Product stored = copy(product, product.id(), product.version() + 1);
        products.put(stored.id(), stored);
        return stored;
    }

    private static Product copy(Product product, long id, long version) {
        return new Product(
                id,
                version,
                product.name(),
                product.description(),
                product.kind(),
                product.oneTimePrice(),
                product.recurringPrice(),
                product.period(),
                product.active(),
                product.attributes());
    }
}
