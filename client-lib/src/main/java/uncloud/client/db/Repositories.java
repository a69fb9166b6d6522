package uncloud.client.db;

import java.util.List;
import java.util.Optional;
import uncloud.client.domain.AuditEvent;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillRecord;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.DiskProduct;
import uncloud.client.domain.FirewallRule;
import uncloud.client.domain.Host;
import uncloud.client.domain.Order;
import uncloud.client.domain.Product;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VmInterface;
import uncloud.client.domain.VmProduct;
import uncloud.client.domain.VpnNetwork;
import uncloud.client.domain.VpnPool;
import uncloud.client.domain.VpnProduct;
import uncloud.client.internal.db.RepositoryFactory;

/**
 * The repository of every table. Repositories are stateless and thread-safe; each call runs in the
 * transaction it is given:
 *
 * <pre>{@code
 * Order stored = db.inTransaction("alice", tx -> Repositories.orders().insert(tx, order));
 * Page<Order> page = db.read(tx -> Repositories.orders().browse(tx, request));
 * }</pre>
 */
public final class Repositories {
    private Repositories() {}

    public static Repository<Customer> customers() {
        return RepositoryFactory.CUSTOMERS;
    }

    public static Repository<BillingAddress> billingAddresses() {
        return RepositoryFactory.BILLING_ADDRESSES;
    }

    public static Repository<Product> products() {
        return RepositoryFactory.PRODUCTS;
    }

    public static Repository<VmProduct> vmProducts() {
        return RepositoryFactory.VM_PRODUCTS;
    }

    public static Repository<VpnProduct> vpnProducts() {
        return RepositoryFactory.VPN_PRODUCTS;
    }

    public static Repository<DiskProduct> diskProducts() {
        return RepositoryFactory.DISK_PRODUCTS;
    }

    public static Repository<Order> orders() {
        return RepositoryFactory.ORDERS;
    }

    public static Repository<Bill> bills() {
        return RepositoryFactory.BILLS;
    }

    public static Repository<BillRecord> billRecords() {
        return RepositoryFactory.BILL_RECORDS;
    }

    public static Repository<Host> hosts() {
        return RepositoryFactory.HOSTS;
    }

    public static Repository<VpnPool> vpnPools() {
        return RepositoryFactory.VPN_POOLS;
    }

    public static Repository<VpnNetwork> vpnNetworks() {
        return RepositoryFactory.VPN_NETWORKS;
    }

    public static Repository<Vm> vms() {
        return RepositoryFactory.VMS;
    }

    public static Repository<VmInterface> vmInterfaces() {
        return RepositoryFactory.VM_INTERFACES;
    }

    public static Repository<FirewallRule> firewallRules() {
        return RepositoryFactory.FIREWALL_RULES;
    }

    public static ReadRepository<AuditEvent> auditEvents() {
        return RepositoryFactory.AUDIT_EVENTS;
    }

    /** Every repository, e.g. for a console that browses any table. */
    public static List<ReadRepository<?>> all() {
        return List.of(
                customers(),
                billingAddresses(),
                products(),
                vmProducts(),
                vpnProducts(),
                diskProducts(),
                orders(),
                bills(),
                billRecords(),
                hosts(),
                vpnPools(),
                vpnNetworks(),
                vms(),
                vmInterfaces(),
                firewallRules(),
                auditEvents());
    }

    /** The repository of a table by its database name ({@code orders}, {@code vpn_pool}). */
    public static Optional<ReadRepository<?>> forTable(String table) {
        return all().stream().filter(r -> r.table().equals(table)).findFirst();
    }
}
