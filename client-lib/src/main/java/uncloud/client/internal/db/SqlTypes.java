package uncloud.client.internal.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uncloud.client.UncloudException;
import uncloud.client.domain.AddressSnapshot;
import uncloud.client.domain.Money;

/** The column types the schema uses. */
final class SqlTypes {
    private SqlTypes() {}

    static final SqlType<Long> BIGINT = nullablePrimitive(
            Long.class,
            Types.BIGINT,
            PreparedStatement::setLong,
            ResultSet::getLong,
            value -> value instanceof Long || value instanceof Integer || value instanceof Short
                    ? ((Number) value).longValue()
                    : null);

    static final SqlType<Integer> INTEGER = nullablePrimitive(
            Integer.class,
            Types.INTEGER,
            PreparedStatement::setInt,
            ResultSet::getInt,
            value -> value instanceof Integer || value instanceof Short ? ((Number) value).intValue() : null);

    static final SqlType<String> TEXT = text("?");

    static final SqlType<Boolean> BOOLEAN =
            nullablePrimitive(Boolean.class, Types.BOOLEAN, PreparedStatement::setBoolean, ResultSet::getBoolean, null);

    static final SqlType<BigDecimal> DECIMAL = new SqlType<>(BigDecimal.class, "?") {
        @Override
        void bind(PreparedStatement st, int i, BigDecimal v) throws SQLException {
            st.setBigDecimal(i, v);
        }

        @Override
        BigDecimal read(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }
    };

    static final SqlType<Money> MONEY = new SqlType<>(Money.class, "?") {
        @Override
        void bind(PreparedStatement st, int i, Money v) throws SQLException {
            st.setBigDecimal(i, v == null ? null : v.amount());
        }

        @Override
        Money read(ResultSet rs, int i) throws SQLException {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? null : new Money(v);
        }
    };

    static final SqlType<Instant> TIMESTAMP = new SqlType<>(Instant.class, "?") {
        @Override
        void bind(PreparedStatement st, int i, Instant v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                st.setObject(i, v.atOffset(ZoneOffset.UTC));
            }
        }

        @Override
        Instant read(ResultSet rs, int i) throws SQLException {
            OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
            return v == null ? null : v.toInstant();
        }
    };

    static final SqlType<String> CIDR = text("?::cidr");
    static final SqlType<String> MACADDR = text("?::macaddr");
    static final SqlType<String> JSONB = text("?::jsonb");

    /** Row ids, bound as one array (a browse filter's matching parents). */
    static final SqlType<long[]> ID_ARRAY = new SqlType<>(long[].class, "?::bigint[]") {
        @Override
        void bind(PreparedStatement st, int i, long[] v) throws SQLException {
            st.setArray(
                    i,
                    st.getConnection()
                            .createArrayOf("bigint", Arrays.stream(v).boxed().toArray()));
        }

        @Override
        long[] read(ResultSet rs, int i) throws SQLException {
            java.sql.Array array = rs.getArray(i);
            return array == null
                    ? null
                    : Arrays.stream((Long[]) array.getArray())
                            .mapToLong(Long::longValue)
                            .toArray();
        }
    };

    /** An {@code inet[]} as a list of addresses in PostgreSQL's text form. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final SqlType<List<String>> INET_ARRAY = new SqlType<List<String>>((Class) List.class, "?::inet[]") {
        @Override
        void bind(PreparedStatement st, int i, List<String> v) throws SQLException {
            st.setString(i, v == null ? null : "{" + String.join(",", v) + "}");
        }

        @Override
        List<String> read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            if (v == null) {
                return null;
            }
            String inner = v.substring(1, v.length() - 1);
            return inner.isEmpty() ? List.of() : Arrays.asList(inner.split(","));
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    static final SqlType<AddressSnapshot> ADDRESS_JSON = new SqlType<>(AddressSnapshot.class, "?::jsonb") {
        @Override
        void bind(PreparedStatement st, int i, AddressSnapshot v) throws SQLException {
            try {
                st.setString(i, v == null ? null : JSON.writeValueAsString(v));
            } catch (JsonProcessingException e) {
                throw new UncloudException("cannot write the address as JSON: " + e.getMessage(), e);
            }
        }

        @Override
        AddressSnapshot read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            try {
                return v == null ? null : JSON.readValue(v, AddressSnapshot.class);
            } catch (JsonProcessingException e) {
                throw new UncloudException("a bill's frozen address is not readable: " + e.getMessage(), e);
            }
        }
    };

    /** An enum stored as the lower-case constant name (kind = 'vm'). */
    static <E extends Enum<E>> SqlType<E> lowerCaseEnum(Class<E> type) {
        return enumType(
                type, e -> e.name().toLowerCase(Locale.ROOT), s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    }

    /** An enum stored as its constant name (recurring_period = 'PER_MONTH'). */
    static <E extends Enum<E>> SqlType<E> namedEnum(Class<E> type) {
        return enumType(type, Enum::name, s -> Enum.valueOf(type, s));
    }

    private static <E extends Enum<E>> SqlType<E> enumType(
            Class<E> type, Function<E, String> toDb, Function<String, E> fromDb) {
        return new SqlType<>(type, "?") {
            @Override
            void bind(PreparedStatement st, int i, E v) throws SQLException {
                st.setString(i, v == null ? null : toDb.apply(v));
            }

            @Override
            E read(ResultSet rs, int i) throws SQLException {
                String v = rs.getString(i);
                return v == null ? null : fromDb.apply(v);
            }
        };
    }

    /** A JDBC setter such as {@code PreparedStatement::setLong}, which cannot take null. */
    @FunctionalInterface
    private interface PrimitiveSetter<V> {
        void set(PreparedStatement st, int index, V value) throws SQLException;
    }

    /** A JDBC getter such as {@code ResultSet::getLong}, which reads NULL as 0. */
    @FunctionalInterface
    private interface PrimitiveGetter<V> {
        V get(ResultSet rs, int index) throws SQLException;
    }

    /**
     * A column JDBC reads as a primitive (0 for NULL, so {@code wasNull} decides) and binds with
     * {@code setNull} when absent. {@code coerce} null keeps the plain instance check.
     */
    private static <V> SqlType<V> nullablePrimitive(
            Class<V> type,
            int sqlType,
            PrimitiveSetter<V> setter,
            PrimitiveGetter<V> getter,
            Function<Object, V> coerce) {
        return new SqlType<>(type, "?") {
            @Override
            void bind(PreparedStatement st, int i, V v) throws SQLException {
                if (v == null) {
                    st.setNull(i, sqlType);
                } else {
                    setter.set(st, i, v);
                }
            }

            @Override
            V read(ResultSet rs, int i) throws SQLException {
                V v = getter.get(rs, i);
                return rs.wasNull() ? null : v;
            }

            @Override
            V coerce(Object value) {
                return coerce == null ? super.coerce(value) : coerce.apply(value);
            }
        };
    }

    private static SqlType<String> text(String placeholder) {
        return new SqlType<>(String.class, placeholder) {
            @Override
            void bind(PreparedStatement st, int i, String v) throws SQLException {
                st.setString(i, v);
            }

            @Override
            String read(ResultSet rs, int i) throws SQLException {
                return rs.getString(i);
            }
        };
    }
}
