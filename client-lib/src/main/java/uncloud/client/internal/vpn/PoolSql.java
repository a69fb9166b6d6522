package uncloud.client.internal.vpn;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uncloud.client.ConflictException;
import uncloud.client.NotFoundException;
import uncloud.client.domain.NewVpnPool;
import uncloud.client.domain.Prefix;
import uncloud.client.domain.WireGuardPool;
import uncloud.client.domain.WireGuardPublicKey;

/** SQL for {@code vpn_pool} and the VPN hosts it points to. */
public final class PoolSql {
    private static final String SELECT = "select p.id, p.network::text as network, p.subnetwork_size, h.fqdn,"
            + " p.listen_port, p.wireguard_public_key, p.server_private_key_sealed, p.server_key_kek_id"
            + " from vpn_pool p left join host h on h.id = p.host_id";

    private PoolSql() {}

    /** The id of the VPN host with this name, registering it as a VPN host when it is new. */
    public static long vpnHost(Connection connection, String fqdn) throws SQLException {
        Optional<Object[]> existing = Sql.one(
                connection,
                row -> new Object[] {row.getLong("id"), row.getString("kind")},
                "select id, kind from host where fqdn = ?",
                fqdn);
        if (existing.isPresent()) {
            if (!"vpn".equals(existing.get()[1])) {
                throw new ConflictException(fqdn + " is registered as a " + existing.get()[1]
                        + " host, not a VPN host: choose the VPN host's name");
            }
            return (Long) existing.get()[0];
        }
        return Sql.one(
                        connection,
                        row -> row.getLong(1),
                        "insert into host (fqdn, kind) values (?, 'vpn') returning id",
                        fqdn)
                .orElseThrow();
    }

    public static long insert(
            Connection connection,
            NewVpnPool pool,
            long hostId,
            WireGuardPublicKey publicKey,
            byte[] sealedPrivateKey,
            String kekId,
            Instant createdAt)
            throws SQLException {
        return Sql.one(
                        connection,
                        row -> row.getLong(1),
                        "insert into vpn_pool (network, subnetwork_size, host_id, listen_port, wireguard_public_key,"
                                + " server_private_key_sealed, server_key_kek_id, created_at, updated_at)"
                                + " values (?::cidr, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                        pool.network().toString(),
                        pool.subnetworkSize(),
                        hostId,
                        pool.listenPort(),
                        publicKey.base64(),
                        sealedPrivateKey,
                        kekId,
                        createdAt,
                        createdAt)
                .orElseThrow();
    }

    public static PoolRow get(Connection connection, long poolId) throws SQLException {
        return Sql.one(connection, PoolSql::map, SELECT + " where p.id = ?", poolId)
                .orElseThrow(() -> new NotFoundException("there is no VPN pool " + poolId));
    }

    public static List<PoolRow> all(Connection connection) throws SQLException {
        return Sql.list(connection, PoolSql::map, SELECT + " order by p.network");
    }

    public static List<PoolRow> onHost(Connection connection, String fqdn) throws SQLException {
        return Sql.list(connection, PoolSql::map, SELECT + " where h.fqdn = ? order by p.id", fqdn);
    }

    private static PoolRow map(ResultSet row) throws SQLException {
        String publicKey = row.getString("wireguard_public_key");
        if (publicKey == null) {
            throw new ConflictException("VPN pool " + row.getLong("id") + " has no server public key: it was not"
                    + " created by the console; recreate it with 'uncloud vpn pool create'");
        }
        String fqdn = row.getString("fqdn");
        WireGuardPool pool = new WireGuardPool(
                row.getLong("id"),
                Prefix.parse(row.getString("network")),
                row.getInt("subnetwork_size"),
                fqdn == null ? "" : fqdn,
                row.getInt("listen_port"),
                new WireGuardPublicKey(publicKey));
        byte[] sealed = row.getBytes("server_private_key_sealed");
        return new PoolRow(
                pool,
                sealed == null
                        ? Optional.empty()
                        : Optional.of(new PoolRow.SealedKey(sealed, row.getString("server_key_kek_id"))));
    }
}
