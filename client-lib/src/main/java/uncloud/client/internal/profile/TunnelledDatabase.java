package uncloud.client.internal.profile;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import uncloud.client.db.ChangeFeed;
import uncloud.client.db.Database;
import uncloud.client.db.Page;
import uncloud.client.db.PageRequest;
import uncloud.client.db.ReadRepository;
import uncloud.client.db.TransactionWork;
import uncloud.client.ssh.SshTunnel;

/**
 * A database behind an SSH tunnel: before each transaction the tunnel is brought back up if it dropped,
 * so a lost connection costs the next call a reconnect instead of a pool timeout, and a tunnel that
 * cannot come back fails with the tunnel's own message.
 */
public final class TunnelledDatabase implements Database {
    private final Database database;
    private final SshTunnel tunnel;
    private final AtomicLong connectionsSeen;

    public TunnelledDatabase(Database database, SshTunnel tunnel) {
        this.database = database;
        this.tunnel = tunnel;
        this.connectionsSeen = new AtomicLong(tunnel.connections());
    }

    /**
     * Brings the tunnel up; after a reconnect, the pool's connections all went through the old SSH
     * connection and are dead, so they are evicted rather than handed out to fail one by one.
     */
    private void ensureTunnelUp() {
        tunnel.ensureUp();
        long now = tunnel.connections();
        if (connectionsSeen.getAndSet(now) != now && database.dataSource() instanceof HikariDataSource) {
            HikariPoolMXBean pool = ((HikariDataSource) database.dataSource()).getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        }
    }

    @Override
    public <T> T inTransaction(String actorUid, TransactionWork<T> work) {
        ensureTunnelUp();
        return database.inTransaction(actorUid, work);
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        ensureTunnelUp();
        return database.read(work);
    }

    @Override
    public <T> Page<T> browse(ReadRepository<T> repository, PageRequest request) {
        ensureTunnelUp();
        return database.browse(repository, request); // keeps the pool's one-round-trip browse
    }

    @Override
    public String schemaVersion() {
        return database.schemaVersion();
    }

    /** The feed's dedicated connection runs through the tunnel too and reconnects on its own. */
    @Override
    public ChangeFeed changeFeed() {
        ensureTunnelUp();
        return database.changeFeed();
    }

    @Override
    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        database.close();
    }
}
