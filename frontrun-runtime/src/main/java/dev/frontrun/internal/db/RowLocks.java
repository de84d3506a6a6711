package dev.frontrun.internal.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.sched.SharedLock;
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
 * <p>Modelled: the rows an {@code UPDATE} or {@code DELETE} pins by primary key, the rows a locking {@code SELECT}
 * pins, the rows such statements match with a WHERE clause that pins no key (found exactly by
 * {@link dev.frontrun.internal.jdbc.MatchedRows}, asking PostgreSQL in the statement's own transaction right before
 * it runs), the parent row a foreign-key check of an {@code INSERT} locks, and the <em>unique keys</em> an
 * {@code INSERT} (with or without {@code ON CONFLICT}) inserts or an {@code UPDATE} assigns
 * ({@link SqlStatement#uniqueKeys()}): a second transaction inserting the same key waits in PostgreSQL until the
 * first ends, then fails, does nothing or updates, as PostgreSQL decides when it runs.
 *
 * <p>Row locks have PostgreSQL's four modes and its conflict table ({@link AccessKind#lockConflicts}): a
 * {@code DELETE}, an {@code UPDATE} of a key column and {@code FOR UPDATE} take {@code FOR UPDATE}; any other
 * {@code UPDATE} and {@code FOR NO KEY UPDATE} take {@code FOR NO KEY UPDATE}; {@code FOR SHARE} and
 * {@code FOR KEY SHARE} their own mode, and a foreign-key check {@code FOR KEY SHARE}. A transaction holding a mode
 * holds the weaker ones. Each mode a transaction takes on a row is a key of its own, and a key is free for a thread
 * when no other transaction holds a conflicting mode of the row ({@link Key#conflicting}): which thread may go on is a
 * function of the lock state alone, so replays repeat. All the keys of a row carry the row's name, so DPOR orders
 * every acquisition of the row like those of one monitor; that is exact while the modes two transactions ask for
 * conflict, and the first time two transactions ask for modes that may share the row is remembered
 * ({@link #sharing()}), which makes a systematic exploration inconclusive rather than wrong.
 *
 * <p>Inside a transaction a lock is held until the transaction ends (commit, rollback, switching auto-commit on,
 * closing the connection) or a rollback to a savepoint taken before it; in auto-commit mode only for the statement.
 * An insert that inserted nothing (an {@code ON CONFLICT DO NOTHING} that met the key) holds no key. An
 * {@code ON CONFLICT DO UPDATE} also locks the row of each key it names by primary key (the row it updates on a
 * conflict). Not modelled (PostgreSQL's own wait then shows through {@code pg_locks}, and the thread runs outside the
 * scheduler's control, which makes a systematic exploration inconclusive rather than wrong): the key-share locks of
 * a foreign-key check of an {@code UPDATE} or by a key that is not the parent's primary key, the child rows a parent
 * delete's check locks, and an insert waiting for a concurrent update or delete of the row holding its key. A pinned
 * row that does not exist is modelled as locked although PostgreSQL locks nothing.
 */
final class RowLocks {

    /**
     * A modelled lock; one instance per name and execution (a row lock: per row, mode and transaction), since the
     * lock model keys monitors by identity. All the keys of one row share the row's name, which is the one monitor
     * DPOR sees for it.
     */
    static final class Key implements SharedLock {
        private final String name;
        /** A row lock's mode ({@link AccessKind#strength()}), or {@code null} for an exclusive lock. */
        private final AccessKind mode;
        /** The transaction (connection) holding this mode, for a row lock. */
        private final Connection connection;
        /** Every key of the row, shared by them, or {@code null}. */
        private final List<Key> row;

        private Key(String name) {
            this(name, null, null, null);
        }

        private Key(String name, AccessKind mode, Connection connection, List<Key> row) {
            this.name = name;
            this.mode = mode;
            this.connection = connection;
            this.row = row;
        }

        /**
         * PostgreSQL's rule: a transaction may take a row-lock mode when no other transaction holds a mode that
         * conflicts with it (the scheduler checks those, {@link SharedLock}); any other lock is free when no other
         * thread owns it.
         *
         * @return the keys of the row's modes other transactions asked for that conflict with this one, or
         *     {@code null} for an exclusive lock
         */
        @Override
        public List<Key> conflicting() {
            if (mode == null) {
                return null;
            }
            List<Key> out = new ArrayList<>();
            for (Key other : row) {
                if (other.connection != connection && other.mode.lockConflicts(mode)) {
                    out.add(other);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<String, Key> keys = new HashMap<>();
    /** The keys of each row lock (every mode and transaction that asked for one), by the row's lock name. */
    private final Map<String, List<Key>> rows = new HashMap<>();
    /**
     * The first time two transactions asked for modes of one row that PostgreSQL lets them hold together, or
     * {@code null}: DPOR orders the acquisitions of a row like those of one monitor, which is exact only while the
     * modes of different transactions conflict.
     */
    private String sharing;
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
        Map<String, AccessKind> rowModes = new java.util.TreeMap<>();
        AccessKind byPredicate = predicateMode(event);
        matched.forEach(r -> stronger(rowModes, "row lock " + r.name(), byPredicate));
        TreeSet<String> unique = new TreeSet<>();
        for (SqlStatement s : event.analysed()) {
            for (SqlAccess a : s.accesses()) {
                if (a.resource().level() == SqlResource.Level.ROW) {
                    AccessKind mode = mode(s, a.kind());
                    if (mode != null) {
                        stronger(rowModes, "row lock " + a.resource().name(), mode);
                    }
                }
            }
            s.uniqueKeys().forEach(k -> unique.add("unique key " + k.name()));
        }
        List<Key> mine = mine(event.connection());
        recentKeys.remove(event.connection());
        List<Key> out = new ArrayList<>();
        for (Map.Entry<String, AccessKind> r : rowModes.entrySet()) {
            Key k = rowKey(r.getKey(), r.getValue(), event.connection(), event.sql());
            if (k != null) {
                out.add(k);
            }
        }
        for (String name : unique) {
            Key k = keys.computeIfAbsent(name, Key::new);
            if (!mine.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * @return the key of {@code mode} on the row for the connection, or {@code null} when the connection holds that
     *     mode or a stronger one already (PostgreSQL's modes are ordered: a stronger one includes the weaker)
     */
    private Key rowKey(String rowName, AccessKind mode, Connection connection, String sql) {
        List<Key> row = rows.computeIfAbsent(rowName, n -> new java.util.concurrent.CopyOnWriteArrayList<>());
        List<Key> mine = mine(connection);
        Key found = null;
        for (Key k : row) {
            if (k.connection == connection) {
                if (mine.contains(k) && k.mode.strength() >= mode.strength()) {
                    return null;
                }
                if (k.mode == mode) {
                    found = k;
                }
            }
        }
        if (found == null) {
            for (Key k : row) {
                if (sharing == null && k.connection != connection && !k.mode.lockConflicts(mode)) {
                    sharing = rowName.substring("row lock ".length()) + ": " + modeName(k.mode) + " and "
                            + modeName(mode) + " (" + dev.frontrun.internal.sql.SqlText.abbreviate(sql, 120) + ")";
                }
            }
            found = new Key(rowName, mode, connection, row);
            row.add(found);
        }
        return found;
    }

    /**
     * @return the first time in this execution that two transactions asked for row-lock modes PostgreSQL lets them
     *     hold together (naming the row, the modes and the statement), or {@code null}
     */
    synchronized String sharing() {
        return sharing;
    }

    static String modeName(AccessKind mode) {
        return switch (mode) {
            case LOCK_KEY_SHARE -> "FOR KEY SHARE";
            case LOCK_SHARED -> "FOR SHARE";
            case LOCK_NO_KEY_UPDATE -> "FOR NO KEY UPDATE";
            default -> "FOR UPDATE";
        };
    }

    private static void stronger(Map<String, AccessKind> modes, String row, AccessKind mode) {
        modes.merge(row, mode, (a, b) -> a.strength() >= b.strength() ? a : b);
    }

    /**
     * PostgreSQL's row lock for an access of a statement: {@code DELETE} takes {@code FOR UPDATE}, an
     * {@code UPDATE} {@code FOR NO KEY UPDATE} ({@code FOR UPDATE} when it changes a key column, which its analysis
     * marks as an exclusive lock), a locking {@code SELECT} its clause's mode, an {@code INSERT} the
     * {@code FOR KEY SHARE} of its foreign-key checks, and {@code ON CONFLICT DO UPDATE} a {@code FOR NO KEY UPDATE}
     * of the row it names.
     *
     * @return the mode, or {@code null} when the access takes no row lock
     */
    private static AccessKind mode(SqlStatement s, AccessKind access) {
        return switch (s.kind()) {
            case UPDATE -> access == AccessKind.WRITE ? AccessKind.LOCK_NO_KEY_UPDATE
                    : access == AccessKind.LOCK_EXCLUSIVE ? AccessKind.LOCK_EXCLUSIVE : null;
            case DELETE -> access == AccessKind.WRITE ? AccessKind.LOCK_EXCLUSIVE : null;
            case SELECT -> access.isLock() ? access : null;
            case INSERT -> access == AccessKind.LOCK_KEY_SHARE ? access
                    : "UPDATE".equals(s.onConflict()) && access == AccessKind.WRITE ? AccessKind.LOCK_NO_KEY_UPDATE
                    : null;
            default -> null;
        };
    }

    /** @return the mode in which a single statement locks the rows its unpinned WHERE clause matches */
    static AccessKind predicateMode(JdbcEvent event) {
        AccessKind out = AccessKind.LOCK_NO_KEY_UPDATE;
        for (SqlStatement s : event.analysed()) {
            if (s.kind() == StatementKind.DELETE) {
                return AccessKind.LOCK_EXCLUSIVE;
            }
            for (SqlAccess a : s.accesses()) {
                if (a.kind().isLock() && a.resource().level() == SqlResource.Level.TABLE) {
                    out = a.kind();
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
     * @param mode the mode it locks them in
     * @param sql the statement that locks them
     * @return the row locks of those rows that the connection does not hold yet (in that mode or a stronger one)
     */
    synchronized List<Key> rowsToAcquire(Connection connection, List<SqlResource> rows, AccessKind mode,
            String sql) {
        List<Key> out = new ArrayList<>();
        for (SqlResource r : rows) {
            Key k = rowKey("row lock " + r.name(), mode, connection, sql);
            if (k != null && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * @param connection the connection
     * @param rows rows
     * @param mode a mode
     * @return the connection's keys of those rows in that mode (held or not)
     */
    synchronized List<Key> rowKeys(Connection connection, List<SqlResource> rows, AccessKind mode) {
        List<Key> out = new ArrayList<>();
        for (SqlResource r : rows) {
            for (Key k : this.rows.getOrDefault("row lock " + r.name(), List.of())) {
                if (k.connection == connection && k.mode == mode) {
                    out.add(k);
                }
            }
        }
        return out;
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
