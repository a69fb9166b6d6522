package uncloud.client.db;

/**
 * Reads and changes rows of one table. Changes are audited as made by the transaction's actor and
 * announced on the change feed, both in the same transaction.
 */
public interface Repository<T> extends ReadRepository<T> {
    /** Stores a new row (its id, timestamps and version are assigned) and returns it as stored. */
    T insert(Transaction tx, T row);

    /**
     * Stores the changed row if nobody changed it since it was read (its version still matches) and returns
     * it as stored, with the next version.
     *
     * @throws uncloud.client.ConflictException "changed by someone else: reload" when the version moved on,
     *     or when a rule of the data refuses the change
     * @throws uncloud.client.NotFoundException when the row was deleted meanwhile
     */
    T update(Transaction tx, T row);

    /** Deletes the row if its version still matches (like {@link #update}). */
    void delete(Transaction tx, T row);
}
