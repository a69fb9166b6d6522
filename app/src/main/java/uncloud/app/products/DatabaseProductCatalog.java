package uncloud.app.products;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import uncloud.app.table.LibraryPaging;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.ConflictException;
import uncloud.client.db.Database;
import uncloud.client.db.Repositories;
import uncloud.client.db.Transaction;
import uncloud.client.domain.DiskProduct;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.VmProduct;
import uncloud.client.domain.VpnProduct;

/**
 * Products in the database through client-lib's repositories: the product row and its kind's child
 * row are read and written together, in one transaction that also writes the audit events.
 */
public final class DatabaseProductCatalog implements ProductCatalog {
    private final Database database;
    private final String actor;

    public DatabaseProductCatalog(Database database, String actor) {
        this.database = database;
        this.actor = actor;
    }

    @Override
    public Page<Product> fetch(PageQuery query) {
        return database.read(tx -> LibraryPaging.page(
                Repositories.products().browse(tx, LibraryPaging.request(query, "name")),
                rows -> rows.stream().map(row -> toProduct(tx, row)).collect(Collectors.toList())));
    }

    @Override
    public Product get(long id) {
        return database.read(tx -> toProduct(tx, Repositories.products().get(tx, id)));
    }

    @Override
    public Product save(Product product) {
        return database.inTransaction(actor, tx -> {
            if (product.id() == null) {
                uncloud.client.domain.Product stored = Repositories.products().insert(tx, toRow(product, 0L, 0));
                writeAttributes(tx, stored.id(), product, true);
                return toProduct(tx, stored);
            }
            uncloud.client.domain.Product current = Repositories.products().get(tx, product.id());
            if (!current.kind().name().equals(product.kind().name())) {
                throw new ConflictException(
                        "The kind of product " + product.id() + " cannot change: create a new product.");
            }
            uncloud.client.domain.Product stored =
                    Repositories.products().update(tx, toRow(product, product.id(), (int) product.version()));
            writeAttributes(tx, stored.id(), product, false);
            return toProduct(tx, stored);
        });
    }

    private static uncloud.client.domain.Product toRow(Product product, long id, int version) {
        return new uncloud.client.domain.Product(
                id,
                product.name(),
                product.description(),
                uncloud.client.domain.ProductKind.valueOf(product.kind().name()),
                product.oneTimePrice(),
                product.recurringPrice(),
                RecurringPeriod.valueOf(product.period().name()),
                product.active(),
                null,
                null,
                version);
    }

    private static void writeAttributes(Transaction tx, long id, Product product, boolean created) {
        Map<ProductKind.Attribute, Integer> values = product.attributes();
        switch (product.kind()) {
            case VM: {
                VmProduct vm = new VmProduct(
                        id,
                        values.get(ProductKind.Attribute.CORES),
                        values.get(ProductKind.Attribute.RAM_MIB),
                        values.get(ProductKind.Attribute.DISK_GIB));
                if (created) {
                    Repositories.vmProducts().insert(tx, vm);
                } else {
                    Repositories.vmProducts().update(tx, vm);
                }
                break;
            }
            case VPN: {
                VpnProduct vpn = new VpnProduct(id, values.get(ProductKind.Attribute.SUBNETWORK_SIZE));
                if (created) {
                    Repositories.vpnProducts().insert(tx, vpn);
                } else {
                    Repositories.vpnProducts().update(tx, vpn);
                }
                break;
            }
            case DISK: {
                DiskProduct disk = new DiskProduct(id, values.get(ProductKind.Attribute.DISK_GIB));
                if (created) {
                    Repositories.diskProducts().insert(tx, disk);
                } else {
                    Repositories.diskProducts().update(tx, disk);
                }
                break;
            }
            default:
                break;
        }
    }

    private static Product toProduct(Transaction tx, uncloud.client.domain.Product row) {
        ProductKind kind = ProductKind.valueOf(row.kind().name());
        Map<ProductKind.Attribute, Integer> attributes = new EnumMap<>(ProductKind.Attribute.class);
        switch (kind) {
            case VM:
                Repositories.vmProducts().find(tx, row.id()).ifPresent(vm -> {
                    attributes.put(ProductKind.Attribute.CORES, vm.cores());
                    attributes.put(ProductKind.Attribute.RAM_MIB, vm.ramMib());
                    attributes.put(ProductKind.Attribute.DISK_GIB, vm.diskGib());
                });
                break;
            case VPN:
                Repositories.vpnProducts()
                        .find(tx, row.id())
                        .ifPresent(vpn -> attributes.put(ProductKind.Attribute.SUBNETWORK_SIZE, vpn.subnetworkSize()));
                break;
            case DISK:
                Repositories.diskProducts()
                        .find(tx, row.id())
                        .ifPresent(disk -> attributes.put(ProductKind.Attribute.DISK_GIB, disk.sizeGib()));
                break;
            default:
                break;
        }
        return new Product(
                row.id(),
                row.version(),
                row.name(),
                row.description(),
                kind,
                row.oneTimePrice(),
                row.recurringPrice(),
                BillingPeriod.valueOf(row.recurringPeriod().name()),
                row.active(),
                attributes);
    }
}
