package uncloud.client.ssh;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL per test JVM for the tunnel tests: they only need something to query. */
final class TunnelTestDatabase {
    private static EmbeddedPostgres postgres;

    private TunnelTestDatabase() {}

    static synchronized int port() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres.getPort();
    }
}
