package uncloud.client.internal.db;

import static uncloud.client.internal.db.SqlTypes.ADDRESS_JSON;
import static uncloud.client.internal.db.SqlTypes.BIGINT;
import static uncloud.client.internal.db.SqlTypes.BOOLEAN;
import static uncloud.client.internal.db.SqlTypes.CIDR;
import static uncloud.client.internal.db.SqlTypes.DECIMAL;
import static uncloud.client.internal.db.SqlTypes.INET_ARRAY;
import static uncloud.client.internal.db.SqlTypes.INTEGER;
import static uncloud.client.internal.db.SqlTypes.JSONB;
import static uncloud.client.internal.db.SqlTypes.MACADDR;
import static uncloud.client.internal.db.SqlTypes.MONEY;
import static uncloud.client.internal.db.SqlTypes.TEXT;
import static uncloud.client.internal.db.SqlTypes.TIMESTAMP;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import uncloud.client.domain.AuditEvent;
import uncloud.client.domain.Bill;
import uncloud.client.domain.BillRecord;
import uncloud.client.domain.BillStatus;
import uncloud.client.domain.BillingAddress;
import uncloud.client.domain.Customer;
import uncloud.client.domain.DiskProduct;
import uncloud.client.domain.FirewallRule;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;
import uncloud.client.domain.Money;
import uncloud.client.domain.Order;
import uncloud.client.domain.Product;
import uncloud.client.domain.ProductKind;
import uncloud.client.domain.RecurringPeriod;
import uncloud.client.domain.TrafficDirection;
import uncloud.client.domain.Vm;
import uncloud.client.domain.VmInterface;
import uncloud.client.domain.VmProduct;
import uncloud.client.domain.VmState;
import uncloud.client.domain.VpnNetwork;
import uncloud.client.domain.VpnPool;
import uncloud.client.domain.VpnProduct;

/** The mapping of every table of the schema to its domain record. */
final class Mappings {
    private Mappings() {}

    static final SqlType<ProductKind> PRODUCT_KIND = SqlTypes.lowerCaseEnum(ProductKind.class);
    static final SqlType<RecurringPeriod> PERIOD = SqlTypes.namedEnum(RecurringPeriod.class);
    static final SqlType<HostKind> HOST_KIND = SqlTypes.lowerCaseEnum(HostKind.class);
    static final SqlType<BillStatus> BILL_STATUS = SqlTypes.lowerCaseEnum(BillStatus.class);
    static final SqlType<VmState> VM_STATE = SqlTypes.lowerCaseEnum(VmState.class);
    static final SqlType<TrafficDirection> DIRECTION = SqlTypes.lowerCaseEnum(TrafficDirection.class);

    private static final Join JOIN_CUSTOMER = new Join("customer", "c", "customer_id", false);
    private static final Join JOIN_HOST = new Join("host", "h", "host_id", true);
    private static final Join JOIN_PRODUCT = new Join("product", "p", "product_id", true);

    private static long id(ResultSet rs) throws SQLException {
        return rs.getLong("id");
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        return TIMESTAMP.read(rs, column);
    }

    private static Long optionalLong(ResultSet rs, String column) throws SQLException {
        return BIGINT.read(rs, column);
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return MONEY.read(rs, column);
    }

    static final TableMapping<Customer> CUSTOMER = TableMapping.<Customer>builder(
                    "customer",
                    "customer",
                    rs -> new Customer(
                            id(rs),
                            rs.getString("ldap_uid"),
                            rs.getString("name"),
                            rs.getString("email"),
                            rs.getBoolean("is_staff"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Customer::id)
            .column("ldapUid", "ldap_uid", TEXT, Customer::ldapUid)
            .column("name", "name", TEXT, Customer::name)
            .nullableColumn("email", "email", TEXT, Customer::email)
            .column("staff", "is_staff", BOOLEAN, Customer::staff)
            .audited(Customer::version)
            .build();

    static final TableMapping<BillingAddress> BILLING_ADDRESS = TableMapping.<BillingAddress>builder(
                    "billing_address",
                    "billing address",
                    rs -> new BillingAddress(
                            id(rs),
                            rs.getLong("customer_id"),
                            rs.getString("full_name"),
                            rs.getString("organization"),
                            rs.getString("street"),
                            rs.getString("postal_code"),
                            rs.getString("city"),
                            rs.getString("country"),
                            rs.getBoolean("active"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(BillingAddress::id)
            .column("customerId", "customer_id", BIGINT, BillingAddress::customerId)
            .column("fullName", "full_name", TEXT, BillingAddress::fullName)
            .nullableColumn("organization", "organization", TEXT, BillingAddress::organization)
            .column("street", "street", TEXT, BillingAddress::street)
            .column("postalCode", "postal_code", TEXT, BillingAddress::postalCode)
            .column("city", "city", TEXT, BillingAddress::city)
            .column("country", "country", TEXT, BillingAddress::country)
            .column("active", "active", BOOLEAN, BillingAddress::active)
            .audited(BillingAddress::version)
            .joined("customerName", JOIN_CUSTOMER, "name", TEXT, false)
            .build();

    static final TableMapping<Product> PRODUCT = TableMapping.<Product>builder(
                    "product",
                    "product",
                    rs -> new Product(
                            id(rs),
                            rs.getString("name"),
                            rs.getString("description"),
                            PRODUCT_KIND.read(rs, "kind"),
                            money(rs, "one_time_price"),
                            money(rs, "recurring_price"),
                            PERIOD.read(rs, "recurring_period"),
                            rs.getBoolean("active"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Product::id)
            .column("name", "name", TEXT, Product::name)
            .column("description", "description", TEXT, Product::description)
            .column("kind", "kind", PRODUCT_KIND, Product::kind)
            .column("oneTimePrice", "one_time_price", MONEY, Product::oneTimePrice)
            .column("recurringPrice", "recurring_price", MONEY, Product::recurringPrice)
            .column("recurringPeriod", "recurring_period", PERIOD, Product::recurringPeriod)
            .column("active", "active", BOOLEAN, Product::active)
            .audited(Product::version)
            .build();

    static final TableMapping<VmProduct> VM_PRODUCT = TableMapping.<VmProduct>builder(
                    "vm_product",
                    "VM product",
                    rs -> new VmProduct(
                            rs.getLong("product_id"), rs.getInt("cores"), rs.getInt("ram_mib"), rs.getInt("disk_gib")))
            .naturalId("productId", "product_id", VmProduct::productId)
            .column("cores", "cores", INTEGER, VmProduct::cores)
            .column("ramMib", "ram_mib", INTEGER, VmProduct::ramMib)
            .column("diskGib", "disk_gib", INTEGER, VmProduct::diskGib)
            .build();

    static final TableMapping<VpnProduct> VPN_PRODUCT = TableMapping.<VpnProduct>builder(
                    "vpn_product",
                    "VPN product",
                    rs -> new VpnProduct(rs.getLong("product_id"), rs.getInt("subnetwork_size")))
            .naturalId("productId", "product_id", VpnProduct::productId)
            .column("subnetworkSize", "subnetwork_size", INTEGER, VpnProduct::subnetworkSize)
            .build();

    static final TableMapping<DiskProduct> DISK_PRODUCT = TableMapping.<DiskProduct>builder(
                    "disk_product",
                    "disk product",
                    rs -> new DiskProduct(rs.getLong("product_id"), rs.getInt("size_gib")))
            .naturalId("productId", "product_id", DiskProduct::productId)
            .column("sizeGib", "size_gib", INTEGER, DiskProduct::sizeGib)
            .build();

    static final TableMapping<Order> ORDER = TableMapping.<Order>builder(
                    "orders",
                    "order",
                    rs -> new Order(
                            id(rs),
                            rs.getLong("customer_id"),
                            optionalLong(rs, "product_id"),
                            rs.getString("description"),
                            money(rs, "one_time_price"),
                            money(rs, "recurring_price"),
                            PERIOD.read(rs, "recurring_period"),
                            at(rs, "starts_at"),
                            at(rs, "ends_at"),
                            optionalLong(rs, "replaces_id"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Order::id)
            .column("customerId", "customer_id", BIGINT, Order::customerId)
            .nullableColumn("productId", "product_id", BIGINT, Order::productId)
            .column("description", "description", TEXT, Order::description)
            .column("oneTimePrice", "one_time_price", MONEY, Order::oneTimePrice)
            .column("recurringPrice", "recurring_price", MONEY, Order::recurringPrice)
            .column("recurringPeriod", "recurring_period", PERIOD, Order::recurringPeriod)
            .column("startsAt", "starts_at", TIMESTAMP, Order::startsAt)
            .nullableColumn("endsAt", "ends_at", TIMESTAMP, Order::endsAt)
            .nullableColumn("replacesId", "replaces_id", BIGINT, Order::replacesId)
            .audited(Order::version)
            .joined("customerName", JOIN_CUSTOMER, "name", TEXT, false)
            .joined("productName", JOIN_PRODUCT, "name", TEXT, true)
            .build();

    static final TableMapping<Bill> BILL = TableMapping.<Bill>builder(
                    "bill",
                    "bill",
                    rs -> new Bill(
                            id(rs),
                            rs.getLong("customer_id"),
                            at(rs, "period_starts_at"),
                            at(rs, "period_ends_at"),
                            BILL_STATUS.read(rs, "status"),
                            optionalLong(rs, "number"),
                            money(rs, "subtotal"),
                            rs.getBigDecimal("vat_rate"),
                            money(rs, "vat"),
                            money(rs, "total"),
                            ADDRESS_JSON.read(rs, "billing_address"),
                            optionalLong(rs, "credit_note_of"),
                            at(rs, "finalized_at"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Bill::id)
            .column("customerId", "customer_id", BIGINT, Bill::customerId)
            .column("periodStartsAt", "period_starts_at", TIMESTAMP, Bill::periodStartsAt)
            .column("periodEndsAt", "period_ends_at", TIMESTAMP, Bill::periodEndsAt)
            .column("status", "status", BILL_STATUS, Bill::status)
            .nullableColumn("number", "number", BIGINT, Bill::number)
            .column("subtotal", "subtotal", MONEY, Bill::subtotal)
            .column("vatRate", "vat_rate", DECIMAL, Bill::vatRate)
            .column("vat", "vat", MONEY, Bill::vat)
            .column("total", "total", MONEY, Bill::total)
            .nullableColumn("billingAddress", "billing_address", ADDRESS_JSON, Bill::billingAddress)
            .nullableColumn("creditNoteOf", "credit_note_of", BIGINT, Bill::creditNoteOf)
            .nullableColumn("finalizedAt", "finalized_at", TIMESTAMP, Bill::finalizedAt)
            .audited(Bill::version)
            .joined("customerName", JOIN_CUSTOMER, "name", TEXT, false)
            .build();

    static final TableMapping<BillRecord> BILL_RECORD = TableMapping.<BillRecord>builder(
                    "bill_record",
                    "bill record",
                    rs -> new BillRecord(
                            id(rs),
                            rs.getLong("bill_id"),
                            rs.getLong("order_id"),
                            at(rs, "period_starts_at"),
                            at(rs, "period_ends_at"),
                            money(rs, "one_time_amount"),
                            money(rs, "recurring_amount"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(BillRecord::id)
            .column("billId", "bill_id", BIGINT, BillRecord::billId)
            .column("orderId", "order_id", BIGINT, BillRecord::orderId)
            .column("periodStartsAt", "period_starts_at", TIMESTAMP, BillRecord::periodStartsAt)
            .column("periodEndsAt", "period_ends_at", TIMESTAMP, BillRecord::periodEndsAt)
            .column("oneTimeAmount", "one_time_amount", MONEY, BillRecord::oneTimeAmount)
            .column("recurringAmount", "recurring_amount", MONEY, BillRecord::recurringAmount)
            .audited(BillRecord::version)
            .build();

    static final TableMapping<Host> HOST = TableMapping.<Host>builder(
                    "host",
                    "host",
                    rs -> new Host(
                            id(rs),
                            rs.getString("fqdn"),
                            HOST_KIND.read(rs, "kind"),
                            rs.getString("ssh_host_key"),
                            rs.getString("agent_url"),
                            rs.getString("agent_cert_sha256"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Host::id)
            .column("fqdn", "fqdn", TEXT, Host::fqdn)
            .column("kind", "kind", HOST_KIND, Host::kind)
            .nullableColumn("sshHostKey", "ssh_host_key", TEXT, Host::sshHostKey)
            .nullableColumn("agentUrl", "agent_url", TEXT, Host::agentUrl)
            .nullableColumn("agentCertSha256", "agent_cert_sha256", TEXT, Host::agentCertSha256)
            .audited(Host::version)
            .build();

    static final TableMapping<VpnPool> VPN_POOL = TableMapping.<VpnPool>builder(
                    "vpn_pool",
                    "VPN pool",
                    rs -> new VpnPool(
                            id(rs),
                            rs.getString("network"),
                            rs.getInt("subnetwork_size"),
                            optionalLong(rs, "host_id"),
                            rs.getInt("listen_port"),
                            rs.getString("wireguard_public_key"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(VpnPool::id)
            .column("network", "network", CIDR, VpnPool::network)
            .column("subnetworkSize", "subnetwork_size", INTEGER, VpnPool::subnetworkSize)
            .nullableColumn("hostId", "host_id", BIGINT, VpnPool::hostId)
            .column("listenPort", "listen_port", INTEGER, VpnPool::listenPort)
            .nullableColumn("wireguardPublicKey", "wireguard_public_key", TEXT, VpnPool::wireguardPublicKey)
            .audited(VpnPool::version)
            .joined("hostFqdn", JOIN_HOST, "fqdn", TEXT, true)
            .build();

    static final TableMapping<VpnNetwork> VPN_NETWORK = TableMapping.<VpnNetwork>builder(
                    "vpn_network",
                    "VPN network",
                    rs -> new VpnNetwork(
                            id(rs),
                            rs.getLong("pool_id"),
                            rs.getString("network"),
                            rs.getLong("customer_id"),
                            optionalLong(rs, "order_id"),
                            rs.getString("wireguard_public_key"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(VpnNetwork::id)
            .column("poolId", "pool_id", BIGINT, VpnNetwork::poolId)
            .column("network", "network", CIDR, VpnNetwork::network)
            .column("customerId", "customer_id", BIGINT, VpnNetwork::customerId)
            .nullableColumn("orderId", "order_id", BIGINT, VpnNetwork::orderId)
            .nullableColumn("wireguardPublicKey", "wireguard_public_key", TEXT, VpnNetwork::wireguardPublicKey)
            .audited(VpnNetwork::version)
            .joined("customerName", JOIN_CUSTOMER, "name", TEXT, false)
            .build();

    static final TableMapping<Vm> VM = TableMapping.<Vm>builder(
                    "vm",
                    "VM",
                    rs -> new Vm(
                            id(rs),
                            rs.getLong("host_id"),
                            rs.getLong("customer_id"),
                            optionalLong(rs, "order_id"),
                            rs.getString("name"),
                            rs.getInt("cores"),
                            rs.getInt("ram_mib"),
                            rs.getInt("disk_gib"),
                            VM_STATE.read(rs, "desired_state"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(Vm::id)
            .column("hostId", "host_id", BIGINT, Vm::hostId)
            .column("customerId", "customer_id", BIGINT, Vm::customerId)
            .nullableColumn("orderId", "order_id", BIGINT, Vm::orderId)
            .column("name", "name", TEXT, Vm::name)
            .column("cores", "cores", INTEGER, Vm::cores)
            .column("ramMib", "ram_mib", INTEGER, Vm::ramMib)
            .column("diskGib", "disk_gib", INTEGER, Vm::diskGib)
            .column("desiredState", "desired_state", VM_STATE, Vm::desiredState)
            .audited(Vm::version)
            .joined("customerName", JOIN_CUSTOMER, "name", TEXT, false)
            .joined("hostFqdn", JOIN_HOST, "fqdn", TEXT, true)
            .build();

    static final TableMapping<VmInterface> VM_INTERFACE = TableMapping.<VmInterface>builder(
                    "vm_interface",
                    "VM interface",
                    rs -> new VmInterface(
                            id(rs),
                            rs.getLong("vm_id"),
                            rs.getInt("nic_index"),
                            rs.getString("bridge"),
                            rs.getString("mac"),
                            INET_ARRAY.read(rs, "addresses"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(VmInterface::id)
            .column("vmId", "vm_id", BIGINT, VmInterface::vmId)
            .column("nicIndex", "nic_index", INTEGER, VmInterface::nicIndex)
            .column("bridge", "bridge", TEXT, VmInterface::bridge)
            .column("mac", "mac", MACADDR, VmInterface::mac)
            .column("addresses", "addresses", INET_ARRAY, VmInterface::addresses)
            .audited(VmInterface::version)
            .build();

    static final TableMapping<FirewallRule> FIREWALL_RULE = TableMapping.<FirewallRule>builder(
                    "firewall_rule",
                    "firewall rule",
                    rs -> new FirewallRule(
                            id(rs),
                            rs.getLong("vm_interface_id"),
                            DIRECTION.read(rs, "direction"),
                            rs.getString("protocol"),
                            rs.getString("remote"),
                            INTEGER.read(rs, "port_from"),
                            INTEGER.read(rs, "port_to"),
                            rs.getString("description"),
                            at(rs, "created_at"),
                            at(rs, "updated_at"),
                            rs.getInt("version")))
            .id(FirewallRule::id)
            .column("vmInterfaceId", "vm_interface_id", BIGINT, FirewallRule::vmInterfaceId)
            .column("direction", "direction", DIRECTION, FirewallRule::direction)
            .column("protocol", "protocol", TEXT, FirewallRule::protocol)
            .nullableColumn("remote", "remote", CIDR, FirewallRule::remote)
            .nullableColumn("portFrom", "port_from", INTEGER, FirewallRule::portFrom)
            .nullableColumn("portTo", "port_to", INTEGER, FirewallRule::portTo)
            .column("description", "description", TEXT, FirewallRule::description)
            .audited(FirewallRule::version)
            .build();

    static final TableMapping<AuditEvent> AUDIT_EVENT = TableMapping.<AuditEvent>builder(
                    "audit_event",
                    "audit event",
                    rs -> new AuditEvent(
                            id(rs),
                            rs.getString("actor_uid"),
                            at(rs, "at"),
                            rs.getString("table_name"),
                            optionalLong(rs, "row_id"),
                            rs.getString("action"),
                            rs.getString("before"),
                            rs.getString("after")))
            .id(AuditEvent::id)
            .readOnly("actorUid", "actor_uid", TEXT, false)
            .readOnly("at", "at", TIMESTAMP, false)
            .readOnly("tableName", "table_name", TEXT, false)
            .readOnly("rowId", "row_id", BIGINT, true)
            .readOnly("action", "action", TEXT, false)
            .readOnly("before", "before", JSONB, true)
            .readOnly("after", "after", JSONB, true)
            .build();
}
