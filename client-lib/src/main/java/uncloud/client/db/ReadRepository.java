package uncloud.client.db;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads rows of one table; every method runs inside the given transaction. */
public interface ReadRepository<T> {
    /** The table's name in the database (as in change events). */
    String table();

    /** The columns {@link #browse} can sort and filter on. */
    List<ColumnInfo> columns();

    Optional<T> find(Transaction tx, long id);

    /** @throws uncloud.client.NotFoundException when there is no such row */
    T get(Transaction tx, long id);

    /** The rows with these ids that exist, by id (at most {@link PageRequest#MAX_SIZE} ids at once). */
    Map<Long, T> getAll(Transaction tx, Collection<Long> ids);

    /**
     * One page of rows, sorted and filtered in the database.
     *
     * @throws uncloud.client.ValidationException for an unknown column or a value of the wrong type
     */
    Page<T> browse(Transaction tx, PageRequest request);
}
