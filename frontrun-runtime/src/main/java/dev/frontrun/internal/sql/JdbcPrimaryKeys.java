package dev.frontrun.internal.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Row keys from the catalog, cached per connection URL and table: the primary key
 * ({@link DatabaseMetaData#getPrimaryKeys}), or for a table without one the first unique index on plain
 * {@code NOT NULL} columns (which names each row as exactly). A table with neither has no row key: its rows cannot be
 * named, so statements on it are modelled on the whole table and the row locks they take are not modelled (which
 * makes a systematic exploration inconclusive, never a proof). A table whose metadata cannot be read has no key
 * either, uncached, so a later call on a healthy connection can still learn the real key.
 */
public final class JdbcPrimaryKeys implements PrimaryKeyLookup {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, UniqueIndexes> UNIQUE = new ConcurrentHashMap<>();
    private static final Map<String, List<ForeignKey>> FOREIGN = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String url;

    /**
     * @param connection the connection whose metadata to read (only when a table is first seen)
     * @param url its JDBC URL, the cache key
     */
    public JdbcPrimaryKeys(Connection connection, String url) {
        this.connection = connection;
        this.url = url == null ? "" : url;
    }

    @Override
    public List<String> primaryKey(String table) {
        String cacheKey = url + '\u0000' + table;
        List<String> cached = CACHE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<String> found = read(table);
        if (found == null) {
            return List.of(); // metadata unreadable, or no such table yet: no key known, not cached
        }
        if (found.isEmpty()) {
            found = uniqueNotNull(table); // a table without a primary key
            if (found == null) {
                return List.of(); // its indexes could not be read: not cached
            }
        }
        CACHE.put(cacheKey, found);
        // the rest of the table's catalog now too: a table is first met anywhere (often in a setup), and a lookup
        // inside an execution makes that execution unlike its replays
        unique(table);
        foreignKeys(table, true);
        foreignKeys(table, false);
        return found;
    }

    @Override
    public List<List<String>> uniqueKeys(String table) {
        return unique(table).keys();
    }

    @Override
    public boolean uniqueKeysComplete(String table) {
        return unique(table).complete();
    }

    @Override
    public List<ForeignKey> foreignKeys(String table, boolean imported) {
        String cacheKey = url + '\u0000' + table + (imported ? "\u0000in" : "\u0000out");
        List<ForeignKey> cached = FOREIGN.get(cacheKey);
        if (cached != null || connection == null) {
            return cached != null ? cached : List.of();
        }
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String where = schema == null && isPostgres(meta) ? "public" : schema;
            List<ForeignKey> found = ForeignKey.read(meta, where, name, imported);
            if (found.isEmpty() && !exists(meta, where, name)) {
                return found; // no such table yet: not cached
            }
            FOREIGN.put(cacheKey, found);
            return found;
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /** Forgets everything read for this URL (a definition changed; foreign keys of other tables may name it). */
    @Override
    public void forget(String table) {
        String prefix = url + '\u0000';
        for (Map<String, ?> cache : List.<Map<String, ?>>of(CACHE, UNIQUE, FOREIGN)) {
            cache.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }

    private UniqueIndexes unique(String table) {
        String cacheKey = url + '\u0000' + table;
        UniqueIndexes cached = UNIQUE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        List<String> pk = primaryKey(table);
        UniqueIndexes found = readUnique(table);
        if (found == null) { // unknown: not cached, a later call may learn it
            return new UniqueIndexes(pk.isEmpty() ? List.of() : List.of(pk), false);
        }
        List<List<String>> keys = new java.util.ArrayList<>();
        if (found.keys().contains(pk)) {
            keys.add(pk); // the primary key first
        }
        found.keys().stream().filter(k -> !k.equals(pk)).forEach(keys::add);
        UniqueIndexes out = new UniqueIndexes(keys, found.complete());
        UNIQUE.put(cacheKey, out);
        return out;
    }

    private UniqueIndexes readUnique(String table) {
        if (connection == null) {
            return null;
        }
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String where = schema == null && isPostgres(meta) ? "public" : schema;
            UniqueIndexes found = UniqueIndexes.read(meta, where, name);
            return found.keys().isEmpty() && found.complete() && !exists(meta, where, name) ? null : found;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @return the columns of the first unique index (in the catalog's order) on plain columns that are all
     *     {@code NOT NULL}, which names each row as a primary key would; empty when there is none; {@code null}
     *     when the catalog could not be read
     */
    private List<String> uniqueNotNull(String table) {
        UniqueIndexes unique = readUnique(table);
        if (unique == null) {
            return null;
        }
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            java.util.Set<String> notNull = new java.util.HashSet<>();
            try (ResultSet rs = meta.getColumns(null, schema == null && isPostgres(meta) ? "public" : schema, name,
                    null)) {
                while (rs.next()) {
                    if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
                        notNull.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return unique.keys().stream().filter(notNull::containsAll).findFirst().orElse(List.of());
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** @return the key columns, empty for an existing table without one, {@code null} when unknown */
    private List<String> read(String table) {
        if (connection == null) {
            return null;
        }
        int dot = table.indexOf('.');
        String schema = dot < 0 ? null : table.substring(0, dot);
        String name = dot < 0 ? table : table.substring(dot + 1);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> columns = columns(meta, schema == null && isPostgres(meta) ? "public" : schema, name);
            if (columns.isEmpty() && schema == null) {
                columns = columns(meta, null, name);
            }
            if (columns.isEmpty()) {
                columns = columns(meta, schema, name.toUpperCase(Locale.ROOT));
            }
            return columns.isEmpty() && !exists(meta, schema, name) ? null : columns;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    private static boolean exists(DatabaseMetaData meta, String schema, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, schema, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPostgres(DatabaseMetaData meta) throws SQLException {
        return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> bySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(bySeq.values());
    }
}
