package uncloud.client.internal.profile;

import javax.sql.DataSource;
import uncloud.client.db.Database;
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

    public TunnelledDatabase(Database database, SshTunnel tunnel) {
        this.database = database;
        this.tunnel = tunnel;
    }

    @Override
    public <T> T inTransaction(String actorUid, TransactionWork<T> work) {
        tunnel.ensureUp();
        return database.inTransaction(actorUid, work);
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        tunnel.ensureUp();
        return database.read(work);
    }

    @Override
    public String schemaVersion() {
        return database.schemaVersion();
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
