package uncloud.client.internal.db;

import uncloud.client.db.ReadRepository;
import uncloud.client.db.Repository;
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

/** The stateless repositories behind {@link uncloud.client.db.Repositories}. */
public final class RepositoryFactory {
    private RepositoryFactory() {}

    public static final Repository<Customer> CUSTOMERS = new TableRepository<>(Mappings.CUSTOMER);
    public static final Repository<BillingAddress> BILLING_ADDRESSES = new TableRepository<>(Mappings.BILLING_ADDRESS);
    public static final Repository<Product> PRODUCTS = new TableRepository<>(Mappings.PRODUCT);
    public static final Repository<VmProduct> VM_PRODUCTS = new TableRepository<>(Mappings.VM_PRODUCT);
    public static final Repository<VpnProduct> VPN_PRODUCTS = new TableRepository<>(Mappings.VPN_PRODUCT);
    public static final Repository<DiskProduct> DISK_PRODUCTS = new TableRepository<>(Mappings.DISK_PRODUCT);
    public static final Repository<Order> ORDERS = new TableRepository<>(Mappings.ORDER);
    public static final Repository<Bill> BILLS = new TableRepository<>(Mappings.BILL);
    public static final Repository<BillRecord> BILL_RECORDS = new TableRepository<>(Mappings.BILL_RECORD);
    public static final Repository<Host> HOSTS = new TableRepository<>(Mappings.HOST);
    public static final Repository<VpnPool> VPN_POOLS = new TableRepository<>(Mappings.VPN_POOL);
    public static final Repository<VpnNetwork> VPN_NETWORKS = new TableRepository<>(Mappings.VPN_NETWORK);
    public static final Repository<Vm> VMS = new TableRepository<>(Mappings.VM);
    public static final Repository<VmInterface> VM_INTERFACES = new TableRepository<>(Mappings.VM_INTERFACE);
    public static final Repository<FirewallRule> FIREWALL_RULES = new TableRepository<>(Mappings.FIREWALL_RULE);
    public static final ReadRepository<AuditEvent> AUDIT_EVENTS = new TableRepository<>(Mappings.AUDIT_EVENT) {
        @Override
        public AuditEvent insert(uncloud.client.db.Transaction tx, AuditEvent row) {
            throw new UnsupportedOperationException("audit events are written by the database and Transaction.audit");
        }

        @Override
        public AuditEvent update(uncloud.client.db.Transaction tx, AuditEvent row) {
            throw new UnsupportedOperationException("audit events never change");
        }

        @Override
        public void delete(uncloud.client.db.Transaction tx, AuditEvent row) {
            throw new UnsupportedOperationException("audit events never change");
        }
    };
}
