package uncloud.client.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.client.domain.AddressSnapshot;
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
import uncloud.client.testing.TestDatabase;

/** Every table's record survives a trip through its repository unchanged. */
class RepositoryRoundTripTest {
    static TestDatabase testDb;
    static Database db;

    @BeforeAll
    static void start() {
        testDb = TestDatabase.create();
        db = testDb.database();
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static <T> T stored(Repository<T> repository, T row) {
        return db.inTransaction("staff", tx -> repository.insert(tx, row));
    }

    static <T> T reread(Repository<T> repository, long id) {
        return db.read(tx -> repository.get(tx, id));
    }

    @Test
    void everyRecordReadsBackAsItWasStored() {
        Customer customer =
                stored(Repositories.customers(), Customer.create("ivy", "Ivy Example", "ivy@example.ch", true));
        assertThat(customer.id()).isPositive();
        assertThat(customer).isEqualTo(reread(Repositories.customers(), customer.id()));
        assertThat(customer.ldapUid()).isEqualTo("ivy");
        assertThat(customer.staff()).isTrue();

        BillingAddress address = stored(
                Repositories.billingAddresses(),
                BillingAddress.create(customer.id(), "Ivy Example", "Ivy AG", "Seestrasse 5", "8002", "Zürich", "CH"));
        assertThat(reread(Repositories.billingAddresses(), address.id())).isEqualTo(address);

        Product product = stored(
                Repositories.products(),
                Product.create(
                        "VM small",
                        "2 cores",
                        ProductKind.VM,
                        Money.of("10"),
                        Money.of("15.5"),
                        RecurringPeriod.PER_30_DAYS));
        assertThat(reread(Repositories.products(), product.id())).isEqualTo(product);
        assertThat(product.recurringPrice()).isEqualTo(Money.of("15.50"));

        VmProduct vmProduct = stored(Repositories.vmProducts(), new VmProduct(product.id(), 2, 2048, 20));
        assertThat(reread(Repositories.vmProducts(), product.id())).isEqualTo(vmProduct);
        Product vpn = stored(
                Repositories.products(),
                Product.create("VPN /48", "", ProductKind.VPN, Money.ZERO, Money.of("5"), RecurringPeriod.PER_MONTH));
        assertThat(stored(Repositories.vpnProducts(), new VpnProduct(vpn.id(), 48)))
                .isEqualTo(reread(Repositories.vpnProducts(), vpn.id()));
        Product disk = stored(
                Repositories.products(),
                Product.create("Disk 100", "", ProductKind.DISK, Money.ZERO, Money.of("4"), RecurringPeriod.PER_MONTH));
        assertThat(stored(Repositories.diskProducts(), new DiskProduct(disk.id(), 100)))
                .isEqualTo(reread(Repositories.diskProducts(), disk.id()));

        Order order = stored(
                Repositories.orders(),
                Order.create(
                        customer.id(),
                        product.id(),
                        "VM small",
                        Money.of("10.00"),
                        Money.of("15.50"),
                        RecurringPeriod.PER_30_DAYS,
                        Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(reread(Repositories.orders(), order.id())).isEqualTo(order);

        Bill bill = stored(
                Repositories.bills(),
                Bill.draft(
                        customer.id(), Instant.parse("2025-12-31T23:00:00Z"), Instant.parse("2026-01-31T22:59:59Z")));
        assertThat(reread(Repositories.bills(), bill.id())).isEqualTo(bill);
        BillRecord record = stored(
                Repositories.billRecords(),
                BillRecord.create(
                        bill.id(),
                        order.id(),
                        order.startsAt(),
                        bill.periodEndsAt(),
                        Money.of("10"),
                        Money.of("15.50")));
        assertThat(reread(Repositories.billRecords(), record.id())).isEqualTo(record);
        Bill finalBill = db.inTransaction(
                "staff",
                tx -> Repositories.bills()
                        .update(
                                tx,
                                new Bill(
                                        bill.id(),
                                        bill.customerId(),
                                        bill.periodStartsAt(),
                                        bill.periodEndsAt(),
                                        BillStatus.FINAL,
                                        2026_0001L,
                                        Money.of("25.50"),
                                        new BigDecimal("0.08100"),
                                        Money.of("2.07"),
                                        Money.of("27.57"),
                                        address.snapshot(),
                                        null,
                                        Instant.parse("2026-02-01T08:00:00Z"),
                                        bill.createdAt(),
                                        bill.updatedAt(),
                                        bill.version())));
        assertThat(reread(Repositories.bills(), bill.id())).isEqualTo(finalBill);
        assertThat(finalBill.billingAddress())
                .isEqualTo(new AddressSnapshot("Ivy Example", "Ivy AG", "Seestrasse 5", "8002", "Zürich", "CH"));

        Host host = stored(Repositories.hosts(), Host.create("hv1.uncloud.ch", HostKind.HYPERVISOR));
        Host onboarded = db.inTransaction(
                "staff",
                tx -> Repositories.hosts()
                        .update(
                                tx,
                                host.withAgent(
                                        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
                                        "https://hv1.uncloud.ch:8443",
                                        "a".repeat(64))));
        assertThat(reread(Repositories.hosts(), host.id())).isEqualTo(onboarded);
        assertThat(onboarded.version()).isEqualTo(1);

        VpnPool pool = stored(
                Repositories.vpnPools(),
                VpnPool.create(
                        "2a0a:e5c1:200::/40", 48, host.id(), 51820, "YJ6ZQ6nJ0f1kiFwYd1qEvnGqJx5YcTfB7v8Q2n0Pq3c="));
        assertThat(reread(Repositories.vpnPools(), pool.id())).isEqualTo(pool);
        VpnNetwork network = stored(
                Repositories.vpnNetworks(),
                VpnNetwork.create(pool.id(), "2a0a:e5c1:201::/48", customer.id(), null, null));
        assertThat(reread(Repositories.vpnNetworks(), network.id())).isEqualTo(network);

        Vm vm = stored(Repositories.vms(), Vm.create(host.id(), customer.id(), order.id(), "web1", 2, 2048, 20));
        assertThat(reread(Repositories.vms(), vm.id())).isEqualTo(vm);
        assertThat(vm.desiredState()).isEqualTo(VmState.STOPPED);
        VmInterface nic = stored(
                Repositories.vmInterfaces(),
                VmInterface.create(
                        vm.id(),
                        1,
                        "br-public",
                        VmInterface.macFor(42),
                        List.of("2a0a:e5c1:100::2", "2a0a:e5c1:100::3")));
        assertThat(reread(Repositories.vmInterfaces(), nic.id())).isEqualTo(nic);
        assertThat(nic.mac()).isEqualTo("02:00:00:00:00:2a");
        FirewallRule rule = stored(
                Repositories.firewallRules(),
                FirewallRule.create(
                        nic.id(), TrafficDirection.IN, "tcp", "2001:db8::/32", 22, null, "ssh from the office"));
        assertThat(reread(Repositories.firewallRules(), rule.id())).isEqualTo(rule);
    }

    @Test
    void vmAndInterfaceNamesFollowTheHostNamingScheme() {
        assertThat(Vm.hex(0x2a)).isEqualTo("000000002a");
        assertThat(VmInterface.hostName('v', 0x2a, 1)).isEqualTo("v000000002a01");
        assertThat(VmInterface.macFor(0x01020304L)).isEqualTo("02:00:01:02:03:04");
    }
}
