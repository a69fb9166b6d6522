package uncloud.app.products;

import uncloud.app.table.PagedSource;

/**
 * The products the console browses and edits. Sort keys: {@code name}, {@code kind}, {@code
 * recurringPrice}, {@code id}. The filter matches name and description.
 */
public interface ProductCatalog extends PagedSource<Product> {
    Product get(long id);

    /**
     * Creates the product (id null) or updates it when its version is still the stored one; a stale
     * version throws {@code ConflictException}, bad values {@code ValidationException}.
     */
    Product save(Product product);

    @Override
    default Object idOf(Product row) {
        return row.id();
    }
}
