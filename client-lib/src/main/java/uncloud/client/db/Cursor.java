package uncloud.client.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A position between rows for keyset pagination: the sort-key values of a row followed by its id. Taken
 * from {@link Page#startCursor()} / {@link Page#endCursor()}, or made with {@link #at} to jump to the first
 * row whose sort keys reach the given values (e.g. the first order starting on 1 June).
 */
public final class Cursor {
    private final List<Object> values;
    private final Long id;

    Cursor(List<Object> values, Long id) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
        this.id = id;
    }

    /** The position of a row: its sort-key values and its id (as {@link Page} cursors carry them). */
    public static Cursor of(List<Object> sortValues, long id) {
        return new Cursor(sortValues, id);
    }

    /** The position just before the first row whose leading sort keys equal (or pass) these values. */
    public static Cursor at(Object... sortValues) {
        return new Cursor(Arrays.asList(sortValues), null);
    }

    /** Sort-key values, in the order of the request's sort keys (nulls allowed). */
    public List<Object> values() {
        return values;
    }

    /** The row id; null for a cursor made with {@link #at}. */
    public Long id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cursor
                && ((Cursor) o).values.equals(values)
                && java.util.Objects.equals(((Cursor) o).id, id);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + java.util.Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Cursor" + values + "#" + id;
    }
}
