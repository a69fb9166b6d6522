package uncloud.app.audit;

import java.util.List;
import java.util.stream.Collectors;
import uncloud.app.table.LibraryPaging;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.db.Database;
import uncloud.client.db.Filter;
import uncloud.client.db.PageRequest;
import uncloud.client.db.ReadRepository;
import uncloud.client.db.Repositories;
import uncloud.client.domain.AuditEvent;

/** The audit trail through client-lib's read-only audit repository. */
public final class DatabaseAuditLog implements AuditLog {
    private final Database database;

    public DatabaseAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public Page<AuditEvent> fetch(AuditCriteria criteria, PageQuery query) {
        PageRequest request = LibraryPaging.request(query, "actorUid");
        if (criteria.table().isPresent()) {
            request = request.filteredBy(
                    Filter.equalTo("tableName", criteria.table().get()));
        }
        if (criteria.from().isPresent() || criteria.to().isPresent()) {
            request = request.filteredBy(Filter.between(
                    "at", criteria.from().orElse(null), criteria.to().orElse(null)));
        }
        PageRequest finished = request;
        return database.read(tx -> LibraryPaging.page(Repositories.auditEvents().browse(tx, finished), rows -> rows));
    }

    @Override
    public List<String> tables() {
        return Repositories.all().stream()
                .map(ReadRepository::table)
                .filter(table -> !table.equals("audit_event"))
                .sorted()
                .collect(Collectors.toList());
    }
}
