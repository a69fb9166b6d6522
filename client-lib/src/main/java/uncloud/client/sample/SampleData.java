package uncloud.client.sample;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.db.Repositories;
import uncloud.client.db.Transaction;
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

/**
 * A small, realistic provider for the demo profile and tests: a product catalogue (VMs, VPN, disks,
 * services), hosts, the VPN pool {@code 2a0a:e5c1:200::/40} cut into /48 networks, and a few hundred
 * customers with billing addresses in CH, DE, FR, AT, IT, LI and NL, orders (some ended, some replaced by
 * upgrades), VPN networks and VMs with interfaces and firewall rules.
 *
 * <p>Everything is written through the repositories in one transaction (so it is audited as
 * {@value #ACTOR}) and is the same for the same seed on an empty database.
 */
public final class SampleData {
    public static final String ACTOR = "sample-data";
    public static final String VPN_POOL = "2a0a:e5c1:200::/40";
    public static final int DEFAULT_CUSTOMERS = 300;
    static final Instant FIRST_START = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant LAST_START = Instant.parse("2026-10-31T00:00:00Z");

    /** What was created. */
    public record Summary(
            int products,
            int customers,
            int orders,
            int replacements,
            int endedOrders,
            int vpnNetworks,
            int hosts,
            int vms) {}

    private final Random random;
    private final int customerCount;
    private final List<Product> vmProducts = new ArrayList<>();
    private final List<Product> otherProducts = new ArrayList<>();
    private Product vpnProduct;
    private final List<Host> hypervisors = new ArrayList<>();
    private VpnPool pool;
    private int products;
    private int orders;
    private int replacements;
    private int ended;
    private int vpnNetworks;
    private int vms;

    private SampleData(long seed, int customerCount) {
        this.random = new Random(seed);
        this.customerCount = customerCount;
    }

    /** {@value #DEFAULT_CUSTOMERS} customers from seed 1. */
    public static Summary populate(Database db) {
        return populate(db, 1, DEFAULT_CUSTOMERS);
    }

    /**
     * Fills an empty database.
     *
     * @throws ValidationException when the database already holds products or customers
     */
    public static Summary populate(Database db, long seed, int customers) {
        if (customers < 1 || customers > 5_000) {
            throw new ValidationException(
                    "customers", "sample data has 1 to 5000 customers; use BulkSampleData for more");
        }
        return db.inTransaction(ACTOR, tx -> new SampleData(seed, customers).fill(tx));
    }

    private Summary fill(Transaction tx) throws SQLException {
        refuseUnlessEmpty(tx);
        catalogue(tx);
        infrastructure(tx);
        Set<String> uids = new HashSet<>();
        for (int i = 0; i < customerCount; i++) {
            customer(tx, i, uids);
        }
        return new Summary(products, customerCount, orders, replacements, ended, vpnNetworks, 4, vms);
    }

    private static void refuseUnlessEmpty(Transaction tx) throws SQLException {
        try (Statement st = tx.connection().createStatement();
                ResultSet rs =
                        st.executeQuery("select exists (select 1 from product) or exists (select 1 from customer)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new ValidationException("the database already holds products or customers: sample data goes"
                        + " into an empty database");
            }
        }
    }

    private Product product(
            Transaction tx,
            String name,
            String description,
            ProductKind kind,
            String oneTime,
            String recurring,
            RecurringPeriod period) {
        products++;
        return Repositories.products()
                .insert(tx, Product.create(name, description, kind, Money.of(oneTime), Money.of(recurring), period));
    }

    private void vm(Transaction tx, String name, int cores, int ramGib, int diskGib, String monthly) {
        Product p = product(
                tx,
                name,
                cores + " vCPU, " + ramGib + " GiB RAM, " + diskGib + " GiB SSD, IPv6",
                ProductKind.VM,
                "0",
                monthly,
                RecurringPeriod.PER_MONTH);
        Repositories.vmProducts().insert(tx, new VmProduct(p.id(), cores, ramGib * 1024, diskGib));
        vmProducts.add(p);
    }

    private void catalogue(Transaction tx) {
        vm(tx, "VM Micro", 1, 1, 10, "5.00");
        vm(tx, "VM Small", 2, 2, 40, "12.00");
        vm(tx, "VM Medium", 4, 8, 80, "32.00");
        vm(tx, "VM Large", 8, 32, 200, "89.00");
        vm(tx, "VM XL", 16, 64, 400, "169.00");
        vpnProduct = product(
                tx,
                "IPv6 VPN /48",
                "A /48 of public IPv6 over WireGuard",
                ProductKind.VPN,
                "0",
                "5.00",
                RecurringPeriod.PER_MONTH);
        Repositories.vpnProducts().insert(tx, new VpnProduct(vpnProduct.id(), 48));
        Product disk100 = product(
                tx, "Disk 100 GiB", "Extra SSD storage", ProductKind.DISK, "0", "4.00", RecurringPeriod.PER_MONTH);
        Repositories.diskProducts().insert(tx, new DiskProduct(disk100.id(), 100));
        Product disk1000 = product(
                tx, "Disk 1 TiB", "Extra HDD storage", ProductKind.DISK, "0", "19.00", RecurringPeriod.PER_MONTH);
        Repositories.diskProducts().insert(tx, new DiskProduct(disk1000.id(), 1000));
        otherProducts.add(disk100);
        otherProducts.add(disk1000);
        otherProducts.add(product(
                tx,
                "Backup 500 GiB",
                "Nightly off-site backup",
                ProductKind.GENERIC,
                "0",
                "120.00",
                RecurringPeriod.PER_YEAR));
        otherProducts.add(product(
                tx,
                "Domain .ch",
                "Registration and DNS",
                ProductKind.GENERIC,
                "0",
                "15.00",
                RecurringPeriod.PER_365_DAYS));
        otherProducts.add(product(
                tx, "Setup fee", "One-time installation", ProductKind.GENERIC, "50.00", "0", RecurringPeriod.ONE_TIME));
        otherProducts.add(product(
                tx,
                "Support hour",
                "Billed per started hour",
                ProductKind.GENERIC,
                "120.00",
                "0",
                RecurringPeriod.ONE_TIME));
        otherProducts.add(product(
                tx,
                "Burst VM hour",
                "Hourly compute for load peaks",
                ProductKind.GENERIC,
                "0",
                "0.05",
                RecurringPeriod.PER_HOUR));
        otherProducts.add(product(
                tx,
                "Monitoring",
                "Uptime checks every minute",
                ProductKind.GENERIC,
                "0",
                "9.00",
                RecurringPeriod.PER_30_DAYS));
    }

    private void infrastructure(Transaction tx) {
        for (int i = 1; i <= 3; i++) {
            hypervisors.add(Repositories.hosts()
                    .insert(tx, Host.create("hypervisor-" + i + ".zrh.uncloud.ch", HostKind.HYPERVISOR)));
        }
        Host vpnHost = Repositories.hosts().insert(tx, Host.create("vpn-1.zrh.uncloud.ch", HostKind.VPN));
        pool = Repositories.vpnPools()
                .insert(tx, VpnPool.create(VPN_POOL, 48, vpnHost.id(), 51820, People.wireGuardKey(random)));
    }

    private void customer(Transaction tx, int index, Set<String> uids) {
        String first = People.pick(random, People.FIRST_NAMES);
        String last = People.pick(random, People.LAST_NAMES);
        String uid = People.uidOf(first, last);
        for (int n = 2; !uids.add(uid); n++) {
            uid = People.uidOf(first, last) + n;
        }
        People.Place place = People.place(random);
        String domain = switch (place.country()) {
            case "DE" -> "example.de";
            case "FR" -> "example.fr";
            case "AT" -> "example.at";
            case "IT" -> "example.it";
            default -> "example.ch";
        };
        Customer customer = Repositories.customers()
                .insert(tx, Customer.create(uid, first + " " + last, uid + "@" + domain, index < 3));
        String organization = random.nextInt(4) == 0
                ? People.pick(random, People.COMPANY_WORDS) + " " + last + " "
                        + People.pick(random, People.COMPANY_KINDS)
                : null;
        Repositories.billingAddresses()
                .insert(
                        tx,
                        BillingAddress.create(
                                customer.id(),
                                first + " " + last,
                                organization,
                                People.pick(random, People.STREETS) + " " + (1 + random.nextInt(120)),
                                place.postalCode(),
                                place.city(),
                                place.country()));
        int orderCount = 1 + random.nextInt(4);
        for (int i = 0; i < orderCount; i++) {
            order(tx, customer);
        }
    }

    private Instant randomStart() {
        long hours = Duration.between(FIRST_START, LAST_START).toHours();
        return FIRST_START.plus(Duration.ofHours((long) (random.nextDouble() * hours)));
    }

    private void order(Transaction tx, Customer customer) {
        int roll = random.nextInt(10);
        Instant start = randomStart();
        if (roll < 4) {
            int size = random.nextInt(vmProducts.size() - 1);
            Order vmOrder = place(tx, customer, vmProducts.get(size), start);
            if (random.nextInt(5) == 0) {
                Instant upgradeAt = start.plus(Duration.ofDays(20 + random.nextInt(200)));
                vmOrder = replace(tx, vmOrder, vmProducts.get(size + 1), upgradeAt);
                if (size + 2 < vmProducts.size() && random.nextInt(3) == 0) {
                    Instant again = upgradeAt.plus(Duration.ofDays(30 + random.nextInt(100)));
                    vmOrder = replace(tx, vmOrder, vmProducts.get(size + 2), again);
                }
            }
            maybeEnd(tx, vmOrder);
            if (vmOrder.endsAt() == null) {
                runVm(tx, customer, vmOrder, vmProducts.indexOf(productOf(vmOrder)));
            }
        } else if (roll < 6 && vpnNetworks < 255) {
            Order vpnOrder = place(tx, customer, vpnProduct, start);
            vpnNetworks++;
            String network = String.format("2a0a:e5c1:%x::/48", 0x200 + vpnNetworks);
            Repositories.vpnNetworks()
                    .insert(
                            tx,
                            VpnNetwork.create(
                                    pool.id(), network, customer.id(), vpnOrder.id(), People.wireGuardKey(random)));
        } else {
            maybeEnd(tx, place(tx, customer, People.pick(random, otherProducts), start));
        }
    }

    private Product productOf(Order order) {
        return vmProducts.stream()
                .filter(p -> p.id() == order.productId())
                .findFirst()
                .orElseThrow();
    }

    private Order place(Transaction tx, Customer customer, Product product, Instant start) {
        orders++;
        return Repositories.orders()
                .insert(
                        tx,
                        Order.create(
                                customer.id(),
                                product.id(),
                                product.name(),
                                product.oneTimePrice(),
                                product.recurringPrice(),
                                product.recurringPeriod(),
                                start));
    }

    /** An upgrade: the old order ends one second before the new one starts. */
    private Order replace(Transaction tx, Order old, Product bigger, Instant start) {
        Repositories.orders().update(tx, old.withEndsAt(start.minusSeconds(1)));
        orders++;
        replacements++;
        return Repositories.orders()
                .insert(
                        tx,
                        Order.create(
                                        old.customerId(),
                                        bigger.id(),
                                        bigger.name() + " (upgrade)",
                                        Money.ZERO,
                                        bigger.recurringPrice(),
                                        bigger.recurringPeriod(),
                                        start)
                                .withReplacesId(old.id()));
    }

    private void maybeEnd(Transaction tx, Order order) {
        if (order.recurringPeriod() != RecurringPeriod.ONE_TIME && random.nextInt(6) == 0) {
            Instant end = order.startsAt()
                    .plus(Duration.ofDays(30 + random.nextInt(300)))
                    .minusSeconds(1);
            Repositories.orders().update(tx, order.withEndsAt(end));
            ended++;
        } else if (order.recurringPeriod() == RecurringPeriod.ONE_TIME) {
            Repositories.orders().update(tx, order.withEndsAt(order.startsAt()));
        }
    }

    private void runVm(Transaction tx, Customer customer, Order order, int size) {
        int[][] shapes = {{1, 1, 10}, {2, 2, 40}, {4, 8, 80}, {8, 32, 200}, {16, 64, 400}};
        int[] shape = shapes[size];
        Vm vm = Repositories.vms()
                .insert(
                        tx,
                        Vm.create(
                                        People.pick(random, hypervisors).id(),
                                        customer.id(),
                                        order.id(),
                                        customer.ldapUid().replace('.', '-') + "-" + (vms + 1),
                                        shape[0],
                                        shape[1] * 1024,
                                        shape[2])
                                .withDesiredState(random.nextInt(10) == 0 ? VmState.STOPPED : VmState.RUNNING));
        vms++;
        VmInterface nic = Repositories.vmInterfaces()
                .insert(
                        tx,
                        VmInterface.create(
                                vm.id(), 0, "br-public", null, List.of(String.format("2a0a:e5c1:100::%x", vm.id()))));
        Repositories.firewallRules()
                .insert(tx, FirewallRule.create(nic.id(), TrafficDirection.IN, "tcp", null, 22, null, "SSH"));
        Repositories.firewallRules()
                .insert(tx, FirewallRule.create(nic.id(), TrafficDirection.IN, "icmpv6", null, null, null, "ping"));
        if (random.nextBoolean()) {
            Repositories.firewallRules()
                    .insert(tx, FirewallRule.create(nic.id(), TrafficDirection.IN, "tcp", null, 80, null, "HTTP"));
            Repositories.firewallRules()
                    .insert(tx, FirewallRule.create(nic.id(), TrafficDirection.IN, "tcp", null, 443, null, "HTTPS"));
        }
    }
}
