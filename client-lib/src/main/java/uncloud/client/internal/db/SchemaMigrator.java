package uncloud.client.internal.db;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import uncloud.client.SchemaTooNewException;
import uncloud.client.UncloudException;

/**
 * Brings a database to this client's schema with Flyway. Each area owns a range of version numbers
 * (data V1–V9, billing V10–V19, …), so migrations may arrive out of order across branches.
 */
public final class SchemaMigrator {
    private SchemaMigrator() {}

    /** Migrates and returns the resulting schema version. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        refuseNewerSchema(flyway);
        try {
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "0" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new UncloudException("could not bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load();
    }

    private static void refuseNewerSchema(Flyway flyway) {
        MigrationInfo[] all;
        try {
            all = flyway.info().all();
        } catch (FlywayException e) {
            throw new UncloudException("could not read the database's schema history: " + e.getMessage(), e);
        }
        MigrationVersion newestKnown = Arrays.stream(all)
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        Arrays.stream(all)
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .ifPresent(future -> {
                    throw new SchemaTooNewException(future.getVersion(), newestKnown.getVersion());
                });
    }
}
