package uncloud.client.internal.db;

/**
 * A parent table a browse query may join for a shown column (the customer's name on an order): {@code t.foreignKey
 * = alias.id}.
 *
 * @param optional true for a nullable foreign key (a LEFT JOIN keeps the rows without a parent)
 */
record Join(String table, String alias, String foreignKey, boolean optional) {
    String clause() {
        return (optional ? "left join " : "join ") + table + " " + alias + " on " + alias + ".id = t." + foreignKey;
    }

    /**
     * The ids of up to {@code limit} parents satisfying {@code condition} (written over the alias), as one array;
     * a browse asks for one more than it uses, to tell whether there are more.
     */
    String idsSatisfying(String condition, int limit) {
        return "select array(select " + alias + ".id from " + table + " " + alias + " where " + condition + " limit "
                + limit + ")";
    }

    /** The rows whose parent is one of the ids bound as an array. */
    String parentAmong() {
        return "t." + foreignKey + " = any(?::bigint[])";
    }

    /**
     * The rows whose parent satisfies {@code condition}, tested against a hash of the matching parents' ids built
     * once per statement. Wrapped in {@code is true} so PostgreSQL keeps it a hashed subplan: as a plain
     * {@code in} it becomes a join, whose per-row parent look-ups it underprices. Rows without a parent never
     * match, as in a join followed by the condition.
     */
    String parentSatisfies(String condition) {
        return "(t." + foreignKey + " in (select " + alias + ".id from " + table + " " + alias + " where " + condition
                + ")) is true";
    }
}
