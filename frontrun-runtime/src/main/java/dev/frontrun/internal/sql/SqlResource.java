package dev.frontrun.internal.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A database resource a statement touches: a row ({@code users(id=1)}), a whole table ({@code users}), or, when
 * nothing better is known, the database endpoint the connection talks to.
 *
 * <p>Resources of one table {@linkplain #overlaps(SqlResource) overlap} unless both are rows with different keys;
 * an endpoint overlaps every resource. Rows and tables are not qualified by endpoint: one
 * execution normally uses one database.
 */
public final class SqlResource {

    /** The granularity of a resource. */
    public enum Level { ROW, TABLE, ENDPOINT }

    private final Level level;
    private final String table;
    private final Map<String, String> key;
    private final String name;

    private SqlResource(Level level, String table, Map<String, String> key, String name) {
        this.level = level;
        this.table = table;
        this.key = key;
        this.name = name;
    }

    /**
     * @param table normalised table name
     * @return the whole-table resource
     */
    public static SqlResource table(String table) {
        return new SqlResource(Level.TABLE, Objects.requireNonNull(table), Map.of(), table);
    }

    /**
     * @param table normalised table name
     * @param key primary-key column to value, in primary-key order
     * @return the row resource, e.g. {@code users(id=1)}
     */
    public static SqlResource row(String table, Map<String, String> key) {
        if (key.isEmpty()) {
            return table(table);
        }
        Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        StringBuilder name = new StringBuilder(table).append('(');
        copy.forEach((column, value) -> name.append(name.charAt(name.length() - 1) == '(' ? "" : ",")
                .append(column).append('=').append(value));
        return new SqlResource(Level.ROW, table, copy, name.append(')').toString());
    }

    /**
     * @param endpoint a description of the server, e.g. the JDBC URL without parameters
     * @return the resource standing for everything on that server
     */
    public static SqlResource endpoint(String endpoint) {
        String e = endpoint == null ? "unknown" : endpoint;
        return new SqlResource(Level.ENDPOINT, null, Map.of(), "db:" + e);
    }

    /**
     * @param value a key value as the driver returns or receives it
     * @return its text in a row's name, the same for {@code 1}, {@code 1L} and {@code "1"}
     */
    public static String keyText(Object value) {
        String text = ValueRef.render(value);
        return text != null ? text : String.valueOf(value);
    }

    /** @return the granularity */
    public Level level() {
        return level;
    }

    /** @return the table, or {@code null} for an endpoint */
    public String table() {
        return table;
    }

    /** @return the primary-key values of a row, empty otherwise */
    public Map<String, String> key() {
        return key;
    }

    /** @return the display name: {@code users(id=1)}, {@code users} or {@code db:...} */
    public String name() {
        return name;
    }

    /**
     * @param other another resource
     * @return whether accesses to the two can touch the same data
     */
    public boolean overlaps(SqlResource other) {
        if (level == Level.ENDPOINT || other.level == Level.ENDPOINT) {
            return true; // conservative: rows and tables carry no endpoint, so an endpoint may hold any of them
        }
        if (!table.equals(other.table)) {
            return false;
        }
        return level == Level.TABLE || other.level == Level.TABLE || key.equals(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlResource r && r.name.equals(name) && r.level == level;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
