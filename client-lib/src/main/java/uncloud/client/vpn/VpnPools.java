package uncloud.client.vpn;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.db.Database;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardKeyPair;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPrivateKey;
import uncloud.client.internal.vpn.NetworkSql;
import uncloud.client.internal.vpn.PoolRow;
import uncloud.client.internal.vpn.PoolSql;

/**
 * VPN pools: creating them (with a server key pair made here and sealed under the provider's
 * key-encryption key), listing them, and the server configs a VPN host runs. Thread-safe.
 */
public final class VpnPools {
    private static final Pattern FQDN =
            Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

    private final Database database;
    private final Clock clock;
    private final Optional<VpnKeyEncryptionKey> kek;

    /** @param kek needed to create pools and to print server configs; browsing works without it */
    public VpnPools(Database database, Clock clock, Optional<VpnKeyEncryptionKey> kek) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kek = Objects.requireNonNull(kek, "kek");
    }

    /** Creates a pool; the provider manual's {@code 2a0a:e5c1:200::/40}, /48, its VPN host, works as given. */
    public WireGuardPool create(String actorUid, NewVpnPool request) {
        validate(request);
        VpnKeyEncryptionKey sealingKey = requireKek();
        String hostname = request.vpnHostname().toLowerCase(Locale.ROOT);
        WireGuardKeyPair serverKeys = WireGuardKeys.generate();
        byte[] sealed = ServerKeySeal.seal(sealingKey, serverKeys.privateKey(), serverKeys.publicKey());
        return database.inTransaction(actorUid, tx -> {
            long hostId = PoolSql.vpnHost(tx.connection(), hostname);
            long id = PoolSql.insert(
                    tx.connection(), request, hostId, serverKeys.publicKey(), sealed, sealingKey.id(), clock.instant());
            return PoolSql.get(tx.connection(), id).pool();
        });
    }

    public List<WireGuardPool> list() {
        return database.read(
                tx -> PoolSql.all(tx.connection()).stream().map(PoolRow::pool).toList());
    }

    public WireGuardPool get(long poolId) {
        return database.read(tx -> PoolSql.get(tx.connection(), poolId).pool());
    }

    /**
     * The wg-quick files of every pool on a VPN host, with the peers of the networks held now (not
     * those in quarantine), as {@code uncloud vpn --hostname} prints them.
     */
    public List<ServerConfigFile> serverConfigs(String hostname) {
        String fqdn = hostname.strip().toLowerCase(Locale.ROOT);
        VpnKeyEncryptionKey openingKey = requireKek();
        return database.read(tx -> {
            List<PoolRow> pools = PoolSql.onHost(tx.connection(), fqdn);
            if (pools.isEmpty()) {
                throw new ValidationException(
                        "hostname",
                        "no VPN pool runs on " + fqdn
                                + ": check the name, or create a pool with 'uncloud vpn pool create'");
            }
            List<ServerConfigFile> files = new ArrayList<>();
            for (PoolRow row : pools) {
                WireGuardPrivateKey serverKey = open(openingKey, row);
                files.add(new ServerConfigFile(
                        row.pool().interfaceName(),
                        VpnConfigs.server(
                                row.pool(),
                                serverKey,
                                NetworkSql.held(tx.connection(), row.pool().id()))));
            }
            return files;
        });
    }

    private static WireGuardPrivateKey open(VpnKeyEncryptionKey openingKey, PoolRow row) {
        String name = "pool " + row.pool().id() + " (" + row.pool().network() + ")";
        PoolRow.SealedKey sealed = row.sealedServerKey()
                .orElseThrow(() -> new UncloudException("the console does not hold the server key of " + name
                        + ": its key lives only on the VPN host"));
        if (!sealed.kekId().equals(openingKey.id())) {
            throw new ValidationException(
                    "kek",
                    "the server key of " + name + " is sealed with key-encryption key "
                            + sealed.kekId() + ", but this console has key " + openingKey.id()
                            + ": set " + VpnKeyEncryptionKey.ENV_KEY_FILE + " to the provider's key");
        }
        return ServerKeySeal.open(openingKey, sealed.sealed(), row.pool().serverPublicKey(), name);
    }

    private VpnKeyEncryptionKey requireKek() {
        return kek.orElseThrow(() -> new ValidationException(
                "kek",
                "the VPN key-encryption key is not set: put"
                        + " it in the file named by " + VpnKeyEncryptionKey.ENV_KEY_FILE + " (or in "
                        + VpnKeyEncryptionKey.ENV_KEY
                        + "); a new provider creates one with 'uncloud vpn kek generate'"));
    }

    private static void validate(NewVpnPool request) {
        Prefix network = request.network();
        if (network.family() != Prefix.Family.IPV6) {
            throw new ValidationException(
                    "network",
                    "VPN pools hand out routed IPv6 prefixes: " + network
                            + " is IPv4; give an IPv6 network such as 2a0a:e5c1:200::/40");
        }
        int size = request.subnetworkSize();
        if (size <= network.length() || size > 128) {
            throw new ValidationException(
                    "subnetworkSize",
                    "the subnetwork size must be longer than the network's /" + network.length()
                            + " and at most 128, not " + size);
        }
        if (request.listenPort() < 1 || request.listenPort() > 65535) {
            throw new ValidationException(
                    "listenPort", "the listen port must be 1 to 65535, not " + request.listenPort());
        }
        if (!FQDN.matcher(request.vpnHostname().toLowerCase(Locale.ROOT)).matches()) {
            throw new ValidationException(
                    "vpnHostname",
                    "'" + request.vpnHostname()
                            + "' is not a fully qualified host name such as vpn-2a0ae5c1200.ungleich.ch");
        }
    }
}
