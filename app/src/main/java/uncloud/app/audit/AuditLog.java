package uncloud.app.audit;

import java.util.List;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.domain.AuditEvent;

/**
 * The audit trail, newest first: the page query's text filter matches the acting user (LDAP uid), the
 * criteria narrow table and time.
 */
public interface AuditLog {
    Page<AuditEvent> fetch(AuditCriteria criteria, PageQuery query);

    /** The tables that can appear in the log, for the table chooser. */
    List<String> tables();
}
