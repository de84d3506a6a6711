package dev.frontrun.internal.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.RowQuery;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.SqlText;
import dev.frontrun.internal.sql.StatementKind;

/**
 * The locks PostgreSQL takes for one execution's transactions, as locks of the scheduler's model, so that the
 * scheduler never runs a statement the database would block, and a transaction that waits for another's row shows
 * as a thread waiting for a lock (a cycle of them is a database deadlock) instead of a thread stuck in the driver.
 *
 * <p>Modelled: the rows an {@code UPDATE}, {@code DELETE} or locking {@code SELECT} matches, whether its WHERE
 * clause pins them by primary key or not (found exactly by {@link dev.frontrun.internal.jdbc.MatchedRows}, asking
 * PostgreSQL in the statement's own transaction right before it runs: a pinned row that does not exist, or that this
 * transaction cannot see, is locked by nobody, as in PostgreSQL; a locking {@code SELECT} sent with others in one
 * string, or one on another database, locks the rows it pins, and on PostgreSQL that is remembered
 * ({@link #unasked()}) and makes a systematic exploration inconclusive), the parent row a foreign-key check of an
 * {@code INSERT} locks, and the <em>unique keys</em> an {@code INSERT} (with or without {@code ON CONFLICT})
 * inserts or an {@code UPDATE} assigns ({@link SqlStatement#uniqueKeys()}): a second transaction inserting the same
 * key waits in PostgreSQL until the first ends, then fails, does nothing or updates, as PostgreSQL decides when it
 * runs.
 *
 * <p>Row locks have PostgreSQL's four modes ({@link LockModes}) and its conflict table
 * ({@link AccessKind#lockConflicts}). A transaction holding a mode holds the weaker ones. Each mode a transaction
 * takes on a row is a key of its own ({@link LockKey}), and a key is free for a thread when no other transaction
 * holds a conflicting mode of the row ({@link LockKey#conflicting}): which thread may go on is a function of the lock
 * state alone, so replays repeat. All the keys of a row carry the row's name, so DPOR orders every acquisition of the
 * row like those of one monitor; that is exact while the modes two transactions ask for conflict, and the first time
 * two transactions ask for modes that may share the row is remembered ({@link #sharing()}), which makes a
 * systematic exploration inconclusive rather than wrong.
 *
 * <p>What each transaction holds, and when it gives it back, is {@link HeldLocks}'s. An {@code ON CONFLICT DO
 * UPDATE} also locks the row it would update: the row its conflict target's values name, asked like a pinned row
 * (one row sent alone; several rows are locked by primary key, unasked, which fails a systematic exploration
 * closed). Not modelled
 * (PostgreSQL's own wait then shows through {@code pg_locks}, and the thread runs outside the scheduler's control,
 * which makes a systematic exploration inconclusive rather than wrong): the key-share locks of a foreign-key check of
 * an {@code UPDATE} or by a key that is not the parent's primary key, the child rows a parent delete's check locks,
 * and an insert waiting for a concurrent update or delete of the row holding its key.
 */
final class RowLocks {

    private final Map<String, LockKey> keys = new HashMap<>();
    /** The keys of each row lock (every mode and transaction that asked for one), by the row's lock name. */
    private final Map<String, List<LockKey>> rows = new HashMap<>();
    /**
     * The first time two transactions asked for modes of one row that PostgreSQL lets them hold together, or
     * {@code null}: DPOR orders the acquisitions of a row like those of one monitor, which is exact only while the
     * modes of different transactions conflict.
     */
    private String sharing;
    /**
     * The first statement on PostgreSQL that locked rows it pins by key without PostgreSQL being asked which of them
     * exist (a locking {@code SELECT} sent with others in one string, a join, a parameter the query could not
     * place), or {@code null}: a pinned row that does not exist is locked by nobody, so such a lock may hide orders.
     */
    private String unasked;
    private final HeldLocks held = new HeldLocks();

    /** @return what each transaction holds */
    HeldLocks held() {
        return held;
    }

    /**
     * @param event a statement execution about to run
     * @param matched the rows its WHERE clause matches (from {@link SqlStatement#rowQuery()}), or empty
     * @return the locks its statements take that its connection does not hold yet, in a fixed order: rows, then
     *     unique keys
     */
    synchronized List<LockKey> toAcquire(JdbcEvent event, List<SqlResource> matched) {
        Map<String, AccessKind> rowModes = new TreeMap<>();
        AccessKind byPredicate = LockModes.predicateMode(event);
        matched.forEach(r -> LockModes.stronger(rowModes, "row lock " + r.name(), byPredicate));
        TreeSet<String> unique = new TreeSet<>();
        // a statement whose rows PostgreSQL is asked for locks those it matches, not the rows it pins by key: a
        // pinned row that does not exist is locked by nobody
        RowQuery asked = PredicateLocks.query(event);
        for (SqlStatement s : event.analysed()) {
            for (SqlAccess a : s.accesses()) {
                if (a.resource().level() == SqlResource.Level.ROW && !(asked != null && s.rowQuery() == asked
                        && asked.table().equals(a.resource().table()))) {
                    AccessKind mode = LockModes.mode(s, a.kind());
                    // an INSERT's row locks are its foreign-key checks' and, for ON CONFLICT DO UPDATE, the row it
                    // would update: each asked like a pinned row when the statement is one row with one check sent
                    // alone, and otherwise taken by key unasked, like any other row lock
                    if (mode != null && unasked == null && event.endpoint().startsWith("jdbc:postgresql:")) {
                        unasked = SqlText.abbreviate(s.sql(), 120);
                    }
                    if (mode != null) {
                        LockModes.stronger(rowModes, "row lock " + a.resource().name(), mode);
                    }
                }
            }
            s.uniqueKeys().forEach(k -> unique.add("unique key " + k.name()));
        }
        List<LockKey> mine = held.mine(event.connection());
        held.newStatement(event.connection());
        List<LockKey> out = new ArrayList<>();
        for (Map.Entry<String, AccessKind> r : rowModes.entrySet()) {
            LockKey k = rowKey(r.getKey(), r.getValue(), event.connection(), event.sql());
            if (k != null) {
                out.add(k);
            }
        }
        for (String name : unique) {
            LockKey k = keys.computeIfAbsent(name, LockKey::new);
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
    private LockKey rowKey(String rowName, AccessKind mode, Connection connection, String sql) {
        List<LockKey> row = rows.computeIfAbsent(rowName, n -> new CopyOnWriteArrayList<>());
        List<LockKey> mine = held.mine(connection);
        LockKey found = null;
        for (LockKey k : row) {
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
            for (LockKey k : row) {
                if (sharing == null && k.connection != connection && !k.mode.lockConflicts(mode)) {
                    sharing = rowName.substring("row lock ".length()) + ": " + LockModes.modeName(k.mode) + " and "
                            + LockModes.modeName(mode) + " (" + SqlText.abbreviate(sql, 120) + ")";
                }
            }
            found = new LockKey(rowName, mode, connection, row);
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

    /**
     * @return the first statement on PostgreSQL in this execution that locked rows it pins by key without asking
     *     whether they exist, or {@code null}
     */
    synchronized String unasked() {
        return unasked;
    }

    /**
     * @param table a table
     * @return its commit gate: held by a statement or commit that changes the table's committed state from its
     *     first lock to its last point, taken and given back by a predicate's question before it asks
     */
    synchronized LockKey gate(String table) {
        return keys.computeIfAbsent("commit gate " + table, LockKey::new);
    }

    /**
     * @param connection the connection
     * @param rows rows
     * @param mode the mode it locks them in
     * @param sql the statement that locks them
     * @return the row locks of those rows that the connection does not hold yet (in that mode or a stronger one)
     */
    synchronized List<LockKey> rowsToAcquire(Connection connection, List<SqlResource> rows, AccessKind mode,
            String sql) {
        List<LockKey> out = new ArrayList<>();
        for (SqlResource r : rows) {
            LockKey k = rowKey("row lock " + r.name(), mode, connection, sql);
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
    synchronized List<LockKey> rowKeys(Connection connection, List<SqlResource> rows, AccessKind mode) {
        List<LockKey> out = new ArrayList<>();
        for (SqlResource r : rows) {
            for (LockKey k : this.rows.getOrDefault("row lock " + r.name(), List.of())) {
                if (k.connection == connection && k.mode == mode) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
