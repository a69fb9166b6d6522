package uncloud.app.table;

/**
 * Where a server-paged table gets its rows: a repository's keyset browse. Blocking; tables call it in
 * the background.
 */
public interface PagedSource<T> {
    Page<T> fetch(PageQuery query);

    /** The key that identifies a row, so selection survives a refresh. */
    Object idOf(T row);
}
