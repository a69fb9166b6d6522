package uncloud.client.db;

/**
 * A column a repository can sort and filter on, named as in the domain record ({@code startsAt}), or a
 * column of a joined table ({@code customerName} on orders).
 *
 * @param javaType the type of filter values and cursor values for this column
 * @param nullable whether rows may have no value (sorted last in ascending order)
 */
public record ColumnInfo(String name, Class<?> javaType, boolean nullable) {}
