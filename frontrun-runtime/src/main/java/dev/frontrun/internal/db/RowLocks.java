package dev.frontrun.internal.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.StatementKind;

/**
 * The locks PostgreSQL takes for one execution's transactions, as locks of the scheduler's model, so that the
 * scheduler never runs a statement the database would block, and a transaction that waits for another's row shows
 * as a thread waiting for a lock (a cycle of them is a database deadlock) instead of a thread stuck in the driver.
 *
 * <p>Modelled: the rows an {@code UPDATE} or {@code DELETE} pins by primary key, the rows a
 * {@code SELECT ... FOR UPDATE} or {@code FOR NO KEY UPDATE} pins, the rows such statements match with a WHERE
 * clause that pins no key (found exactly by {@link dev.frontrun.internal.jdbc.MatchedRows}, asking PostgreSQL in the
 * statement's own transaction right before it runs), and the <em>unique keys</em> an {@code INSERT}
 * (with or without {@code ON CONFLICT}) inserts or an {@code UPDATE} assigns ({@link SqlStatement#uniqueKeys()}):
 * a second transaction inserting the same key waits in PostgreSQL until the first ends, then fails, does nothing or
 * updates, as PostgreSQL decides when it runs. Inside a transaction a lock is held until the transaction ends
 * (commit, rollback, switching auto-commit on, closing the connection) or a rollback to a savepoint taken before it;
 * in auto-commit mode only for the statement. An insert that inserted nothing (an {@code ON CONFLICT DO NOTHING} that
 * met the key) holds no key. An {@code ON CONFLICT DO UPDATE} also locks the row of each key it names by primary key
 * (the row it updates on a conflict). Not modelled (PostgreSQL's own wait then shows through {@code pg_locks}, and the thread
 * runs outside the scheduler's control, which makes a systematic exploration inconclusive rather than wrong):
 * shared locks ({@code FOR SHARE}, foreign-key checks), and an insert
 * waiting for a concurrent update or delete of the row holding its key. A pinned row that does not exist is
 * modelled as locked although PostgreSQL locks nothing: an over-approximation that can only hide orders.
 */
final class RowLocks {

    /** A modelled lock; one instance per name and execution, since the lock model keys monitors by identity. */
    static final class Key {
        private final String name;

        private Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<String, Key> keys = new HashMap<>();
    /** Each connection's locks, in the order they were taken. */
    private final Map<Connection, List<Key>> held = new IdentityHashMap<>();
    /** Each connection's savepoints (a JDBC {@code Savepoint}, or an SQL name in lower case): locks held then. */
    private final Map<Connection, Map<Object, Integer>> savepoints = new IdentityHashMap<>();
    /** The unique-key locks each connection's latest statement took (to give back if it inserted nothing). */
    private final Map<Connection, List<Key>> recentKeys = new IdentityHashMap<>();

    /**
     * @param event a statement execution about to run
     * @param matched the rows its unpinned WHERE clause matches (from {@link SqlStatement#rowQuery()}), or empty
     * @return the locks its statements take that its connection does not hold yet, in a fixed order: rows, then
     *     unique keys
     */
    synchronized List<Key> toAcquire(JdbcEvent event, List<SqlResource> matched) {
        TreeSet<String> rows = new TreeSet<>();
        matched.forEach(r -> rows.add("row lock " + r.name()));
        TreeSet<String> unique = new TreeSet<>();
        for (SqlStatement s : event.analysed()) {
            for (SqlAccess a : s.accesses()) {
                if (a.resource().level() == SqlResource.Level.ROW && (locks(s.kind(), a.kind())
                        || "UPDATE".equals(s.onConflict()) && a.kind() == AccessKind.WRITE)) {
                    rows.add("row lock " + a.resource().name());
                }
            }
            s.uniqueKeys().forEach(k -> unique.add("unique key " + k.name()));
        }
        List<Key> mine = mine(event.connection());
        recentKeys.remove(event.connection());
        List<Key> out = new ArrayList<>();
        for (TreeSet<String> names : List.of(rows, unique)) {
            for (String name : names) {
                Key k = keys.computeIfAbsent(name, Key::new);
                if (!mine.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * @param table a table
     * @return its commit gate: held by a statement or commit that changes the table's committed state from its
     *     first lock to its last point, taken and given back by a predicate's question before it asks
     */
    synchronized Key gate(String table) {
        return keys.computeIfAbsent("commit gate " + table, Key::new);
    }

    /**
     * @param connection the connection
     * @param rows rows
     * @return the row locks of those rows that the connection does not hold yet
     */
    synchronized List<Key> rowsToAcquire(Connection connection, List<SqlResource> rows) {
        List<Key> mine = mine(connection);
        return rows.stream().map(r -> keys.computeIfAbsent("row lock " + r.name(), Key::new))
                .filter(k -> !mine.contains(k)).distinct().toList();
    }

    private static boolean locks(StatementKind statement, AccessKind access) {
        return switch (statement) {
            case UPDATE, DELETE -> access == AccessKind.WRITE;
            case SELECT -> access == AccessKind.LOCK_EXCLUSIVE;
            default -> false;
        };
    }

    private List<Key> mine(Connection connection) {
        return connection == null ? List.of() : held.getOrDefault(connection, List.of());
    }

    /**
     * Records that the connection now holds {@code locks} until its transaction ends.
     *
     * @param connection the connection
     * @param locks the locks acquired
     */
    synchronized void hold(Connection connection, List<Key> locks) {
        if (connection != null && !locks.isEmpty()) {
            List<Key> mine = held.computeIfAbsent(connection, c -> new ArrayList<>());
            locks.stream().filter(k -> !mine.contains(k)).forEach(mine::add);
            List<Key> unique = locks.stream().filter(k -> k.name.startsWith("unique key ")).toList();
            if (!unique.isEmpty()) {
                recentKeys.computeIfAbsent(connection, c -> new ArrayList<>()).addAll(unique);
            }
        }
    }

    /**
     * The connection's latest statement inserted nothing (an {@code ON CONFLICT DO NOTHING} that met its key, or an
     * {@code UPDATE} that matched no row): it gives back the unique keys it took.
     *
     * @param connection the connection
     * @return the locks to release
     */
    synchronized List<Key> dropRecentKeys(Connection connection) {
        List<Key> recent = connection == null ? null : recentKeys.remove(connection);
        return recent == null ? List.of() : drop(connection, recent);
    }

    /**
     * The connection gives up some of its locks before its transaction ends (an insert that inserted nothing).
     *
     * @param connection the connection
     * @param locks the locks
     * @return those of them it held, which are to be released
     */
    synchronized List<Key> drop(Connection connection, List<Key> locks) {
        List<Key> mine = connection == null ? null : held.get(connection);
        List<Key> out = new ArrayList<>();
        if (mine != null) {
            for (Key k : locks) {
                if (mine.remove(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * The connection's transaction ends: forgets and returns the locks it held.
     *
     * @param connection the connection
     * @return the locks to release, in the order they were taken
     */
    synchronized List<Key> release(Connection connection) {
        if (connection != null) {
            savepoints.remove(connection);
            recentKeys.remove(connection);
        }
        List<Key> mine = connection == null ? null : held.remove(connection);
        return mine == null ? List.of() : mine;
    }

    /**
     * A savepoint is set: a later rollback to it releases the locks taken after this point.
     *
     * @param connection the connection
     * @param savepoint the JDBC {@code Savepoint} or the SQL name
     */
    synchronized void savepoint(Connection connection, Object savepoint) {
        if (connection != null && savepoint != null) {
            savepoints.computeIfAbsent(connection, c -> new HashMap<>())
                    .put(id(savepoint), mine(connection).size());
        }
    }

    /**
     * {@code ROLLBACK TO SAVEPOINT}: the locks taken after the savepoint are released (the savepoint stays).
     *
     * @param connection the connection
     * @param savepoint the JDBC {@code Savepoint} or the SQL name
     * @return the locks to release
     */
    synchronized List<Key> rollbackTo(Connection connection, Object savepoint) {
        Integer mark = connection == null || savepoint == null ? null
                : savepoints.getOrDefault(connection, Map.of()).get(id(savepoint));
        List<Key> mine = connection == null ? null : held.get(connection);
        if (mark == null || mine == null || mine.size() <= mark) {
            return List.of();
        }
        List<Key> after = new ArrayList<>(mine.subList(mark, mine.size()));
        mine.subList(mark, mine.size()).clear();
        savepoints.get(connection).replaceAll((name, size) -> Math.min(size, mark));
        return after;
    }

    private static Object id(Object savepoint) {
        return savepoint instanceof String name ? name.toLowerCase(java.util.Locale.ROOT) : savepoint;
    }
}
