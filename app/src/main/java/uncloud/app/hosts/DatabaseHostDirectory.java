package uncloud.app.hosts;

import java.util.List;
import uncloud.client.db.Database;
import uncloud.client.db.PageRequest;
import uncloud.client.db.Repositories;
import uncloud.client.db.Sort;
import uncloud.client.domain.Host;

/** Hosts through client-lib's repository; one page holds the whole fleet. */
public final class DatabaseHostDirectory implements HostDirectory {
    private final Database database;

    public DatabaseHostDirectory(Database database) {
        this.database = database;
    }

    @Override
    public List<Host> all() {
        return database.browse(
                        Repositories.hosts(),
                        PageRequest.of(PageRequest.MAX_SIZE).sortedBy(Sort.ascending("fqdn")))
                .items();
    }
}
