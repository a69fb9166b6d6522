package uncloud.client.domain;

import java.time.Instant;

/**
 * Who changed what and when; {@code beforeJson} and {@code afterJson} are the row as JSON (null for an
 * insert's before and a delete's after). {@code action} is insert, update, delete or a word such as
 * finalize.
 */
public record AuditEvent(
        long id,
        String actorUid,
        Instant at,
        String tableName,
        Long rowId,
        String action,
        String beforeJson,
        String afterJson) {}
