package uncloud.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uncloud.client.testing.TestDatabase;
import uncloud.client.vpn.VpnKeyEncryptionKey;
import uncloud.client.vpn.WgQuickConfig;
import uncloud.client.vpn.WireGuardKeys;

class VpnCommandTest {
    static TestDatabase testDb;
    static Path kekFile;

    @TempDir
    static Path directory;

    @BeforeAll
    static void start() throws Exception {
        testDb = TestDatabase.create();
        kekFile = directory.resolve("vpn.kek");
        Files.writeString(kekFile, VpnKeyEncryptionKey.generate().base64() + "\n");
    }

    @AfterAll
    static void stop() {
        testDb.close();
    }

    static CommandRun uncloud(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--db-url",
                testDb.jdbcUrl(),
                "--db-user",
                TestDatabase.USER,
                "--kek-file",
                kekFile.toString(),
                "--actor",
                "staff"));
        return CommandRun.run("", all.toArray(String[]::new));
    }

    @Test
    void theProviderManualsPoolIsCreatedAndItsHostsConfigPrinted() {
        CommandRun created = uncloud(
                "vpn",
                "pool",
                "create",
                "--network",
                "2a0a:e5c1:200::",
                "--network-size",
                "40",
                "--subnetwork-size",
                "48",
                "--vpn-hostname",
                "vpn-2a0ae5c1200.ungleich.ch");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out())
                .startsWith("Created VPN pool ")
                .contains(": 2a0a:e5c1:200::/40 in /48 subnetworks on vpn-2a0ae5c1200.ungleich.ch port 51820");

        CommandRun printed = uncloud("vpn", "--hostname", "vpn-2a0ae5c1200.ungleich.ch");

        assertThat(printed.exitCode()).as(printed.err()).isZero();
        WgQuickConfig config = WgQuickConfig.parse(printed.out());
        String publicKey = created.out().replaceAll("(?s).*Server public key: (\\S+)\n.*", "$1");
        assertThat(WireGuardKeys.publicKeyOf(config.iface().privateKey().orElseThrow())
                        .base64())
                .isEqualTo(publicKey);
        assertThat(config.iface().listenPort()).hasValue(51820);
        assertThat(config.peers()).isEmpty();
    }

    @Test
    void theConfigsGoIntoFilesOnlyRootCanReadWhenAskedTo() throws Exception {
        uncloud(
                "vpn",
                "pool",
                "create",
                "--network",
                "2001:db8:1::",
                "--network-size",
                "48",
                "--subnetwork-size",
                "64",
                "--vpn-hostname",
                "vpn-files.example.com",
                "--listen-port",
                "51999");
        Path out = Files.createDirectory(directory.resolve("wireguard"));

        CommandRun run = uncloud("vpn", "--hostname", "vpn-files.example.com", "--output-dir", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            Path file = files.findFirst().orElseThrow();
            assertThat(file.getFileName().toString()).matches("uvpn\\d+\\.conf");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(WgQuickConfig.parse(Files.readString(file)).iface().listenPort())
                    .hasValue(51999);
        }
    }

    @Test
    void anUnalignedNetworkIsRefusedWithOneLineThatSaysWhatToFix() {
        CommandRun run = uncloud(
                "vpn",
                "pool",
                "create",
                "--network",
                "2a0a:e5c1:200::1",
                "--network-size",
                "40",
                "--subnetwork-size",
                "48",
                "--vpn-hostname",
                "vpn.example.com");

        assertThat(run)
                .isEqualTo(
                        new CommandRun(
                                ExitCodes.BAD_INPUT,
                                "",
                                "uncloud create: 2a0a:e5c1:200::1/40 is not"
                                        + " aligned: the address has bits set after the first 40 bits; did you mean 2a0a:e5c1:200::/40?\n"));
    }

    @Test
    void anUnknownHostIsNamedInTheError() {
        CommandRun run = uncloud("vpn", "--hostname", "nowhere.example.com");

        assertThat(run)
                .isEqualTo(
                        new CommandRun(
                                ExitCodes.BAD_INPUT,
                                "",
                                "uncloud vpn: no VPN pool runs on"
                                        + " nowhere.example.com: check the name, or create a pool with 'uncloud vpn pool create'\n"));
    }

    @Test
    void withoutTheKeyEncryptionKeyNoPoolIsCreated() {
        assumeTrue(
                System.getenv(VpnKeyEncryptionKey.ENV_KEY) == null
                        && System.getenv(VpnKeyEncryptionKey.ENV_KEY_FILE) == null,
                "a key-encryption key is set in this environment");

        CommandRun run = CommandRun.run(
                "",
                "vpn",
                "pool",
                "create",
                "--network",
                "2001:db8:2::",
                "--network-size",
                "48",
                "--subnetwork-size",
                "64",
                "--vpn-hostname",
                "vpn.example.com",
                "--db-url",
                testDb.jdbcUrl(),
                "--db-user",
                TestDatabase.USER);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("uncloud create: the VPN key-encryption key is not set");
        assertThat(uncloud("vpn", "pool", "list").out()).doesNotContain("2001:db8:2::/48");
    }

    @Test
    void poolListShowsUtilization() {
        uncloud(
                "vpn",
                "pool",
                "create",
                "--network",
                "2001:db8:3::",
                "--network-size",
                "48",
                "--subnetwork-size",
                "56",
                "--vpn-hostname",
                "vpn-list.example.com");

        CommandRun run = uncloud("vpn", "pool", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\t2001:db8:3::/48\t/56\tvpn-list.example.com\t51820\t0\t0\t256\n");
    }

    @Test
    void kekGeneratePrintsAUsableKey() {
        CommandRun run = CommandRun.run("", "vpn", "kek", "generate");

        assertThat(run.exitCode()).isZero();
        assertThat(VpnKeyEncryptionKey.fromBase64(run.out()).id()).hasSize(16);
    }

    @Test
    void aNetworkReservedWithoutAKeyPrintsTheCustomerConfigWithItsNewPrivateKeyOnce() throws Exception {
        CommandRun created = uncloud(
                "vpn",
                "pool",
                "create",
                "--network",
                "2001:db8:4::",
                "--network-size",
                "48",
                "--subnetwork-size",
                "56",
                "--vpn-hostname",
                "vpn-reserve.example.com");
        String poolId = created.out().replaceAll("(?s)Created VPN pool (\\d+):.*", "$1");
        long customer = insert("insert into customer (ldap_uid, name) values ('carol', 'Carol') returning id");
        long order = insert("insert into orders (customer_id, description, one_time_price, recurring_price,"
                + " recurring_period, starts_at) values (" + customer + ", 'VPN', 0, 10, 'PER_MONTH', now())"
                + " returning id");
        Path qr = directory.resolve("carol.png");

        CommandRun run = uncloud(
                "vpn",
                "network",
                "reserve",
                "--pool",
                poolId,
                "--customer",
                "" + customer,
                "--order",
                "" + order,
                "--qr",
                qr.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).matches("Reserved VPN network \\d+: 2001:db8:4::/56\n");
        WgQuickConfig config = WgQuickConfig.parse(run.out());
        assertThat(config.iface().addresses()).containsExactly("2001:db8:4::1/56");
        assertThat(config.iface().privateKey()).isPresent();
        assertThat(Files.readAllBytes(qr)).startsWith(0x89, 'P', 'N', 'G');
        String networkId = run.err().replaceAll("(?s)Reserved VPN network (\\d+):.*", "$1");

        CommandRun released = uncloud("vpn", "network", "release", "--network", networkId);

        assertThat(released.out())
                .isEqualTo("Released VPN network " + networkId + ": 2001:db8:4::/56 is in quarantine for 30 days\n");
        assertThat(uncloud("vpn", "network", "release", "--network", networkId).err())
                .startsWith("uncloud release: VPN network 2001:db8:4::/56 was already released on ");
    }

    @Test
    void aBadCustomerKeyIsRefusedBeforeAnythingIsReserved() {
        CommandRun run = uncloud(
                "vpn",
                "network",
                "reserve",
                "--pool",
                "1",
                "--customer",
                "1",
                "--order",
                "1",
                "--public-key",
                "not-a-key");

        assertThat(run)
                .isEqualTo(new CommandRun(
                        ExitCodes.BAD_INPUT,
                        "",
                        "uncloud reserve: 'not-a-key' is not a"
                                + " WireGuard public key: a key is 32 bytes in base64, 44 characters ending in '=', as wg genkey and"
                                + " wg pubkey print it.\n"));
    }

    private static long insert(String sql) {
        return testDb.database().inTransaction("staff", tx -> {
            try (var statement = tx.connection().prepareStatement(sql);
                    var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Test
    void changesAreAuditedAsTheLoginNameWhenNoActorIsGiven() {
        assumeTrue(System.getenv("UNCLOUD_ACTOR") == null, "UNCLOUD_ACTOR is set in this environment");

        CommandRun run = CommandRun.run(
                "",
                "vpn",
                "pool",
                "create",
                "--network",
                "2001:db8:5::",
                "--network-size",
                "48",
                "--subnetwork-size",
                "64",
                "--vpn-hostname",
                "vpn-audit.example.com",
                "--db-url",
                testDb.jdbcUrl(),
                "--db-user",
                TestDatabase.USER,
                "--kek-file",
                kekFile.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String actor = testDb.database().read(tx -> {
            try (var statement = tx.connection()
                            .prepareStatement("select actor_uid from audit_event"
                                    + " where table_name = 'vpn_pool' and after ->> 'network' = '2001:db8:5::/48'");
                    var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(actor).isEqualTo("cli:" + System.getProperty("user.name"));
    }
}
