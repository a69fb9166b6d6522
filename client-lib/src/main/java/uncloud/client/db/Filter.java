package uncloud.client.db;

import java.util.Objects;

/**
 * A condition on one column of a page request. Values have the column's Java type (see
 * {@link ColumnInfo#javaType()}): an {@code Instant} for a timestamp, a {@code Money} for a price, an enum
 * constant for a kind.
 */
public sealed interface Filter permits Filter.Contains, Filter.EqualTo, Filter.Between, Filter.IsNull {
    String column();

    /** The column's text contains {@code text}, ignoring case. */
    static Filter contains(String column, String text) {
        return new Contains(column, text);
    }

    /** The column equals {@code value}. */
    static Filter equalTo(String column, Object value) {
        return new EqualTo(column, value);
    }

    /** {@code from <= column <= to}; either bound may be null for an open range. */
    static Filter between(String column, Object from, Object to) {
        return new Between(column, from, to);
    }

    static Filter isNull(String column, boolean isNull) {
        return new IsNull(column, isNull);
    }

    record Contains(String column, String text) implements Filter {
        public Contains {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(text, "text");
        }
    }

    record EqualTo(String column, Object value) implements Filter {
        public EqualTo {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value (use isNull for null)");
        }
    }

    record Between(String column, Object from, Object to) implements Filter {
        public Between {
            Objects.requireNonNull(column, "column");
            if (from == null && to == null) {
                throw new IllegalArgumentException("a range on " + column + " needs at least one bound");
            }
        }
    }

    record IsNull(String column, boolean isNull) implements Filter {
        public IsNull {
            Objects.requireNonNull(column, "column");
        }
    }
}
