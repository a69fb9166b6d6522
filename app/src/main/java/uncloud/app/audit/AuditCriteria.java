package uncloud.app.audit;

import java.time.Instant;
import java.util.Optional;

/** What the audit log is narrowed to: a table (empty = all) and a time range (either end open). */
public record AuditCriteria(Optional<String> table, Optional<Instant> from, Optional<Instant> to) {
    public static final AuditCriteria ALL = new AuditCriteria(Optional.empty(), Optional.empty(), Optional.empty());
}
