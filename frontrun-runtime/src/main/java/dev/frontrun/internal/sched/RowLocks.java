package dev.frontrun.internal.sched;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.StatementKind;

/**
 * The row locks PostgreSQL takes for one execution's transactions, as locks of the scheduler's model, so that the
 * scheduler never runs a statement the database would block, and a transaction that waits for another's row shows
 * as a thread waiting for a lock (a cycle of them is a database deadlock) instead of a thread stuck in the driver.
 *
 * <p>Modelled: the rows an {@code UPDATE} or {@code DELETE} pins by primary key, and the rows a
 * {@code SELECT ... FOR UPDATE} or {@code FOR NO KEY UPDATE} pins. Inside a transaction the lock is held until the
 * transaction ends (commit, rollback, switching auto-commit on, closing the connection); in auto-commit mode only
 * for the statement. Not modelled (PostgreSQL's own wait then shows through {@code pg_locks}, and the thread runs
 * outside the scheduler's control, which makes a systematic exploration inconclusive rather than wrong): shared
 * locks ({@code FOR SHARE}, foreign-key checks), rows an unpinned {@code WHERE} matches, unique-index waits of
 * {@code INSERT}, and locks released by rolling back to a savepoint. A pinned row that does not exist is modelled as
 * locked although PostgreSQL locks nothing: an over-approximation that can only hide orders, never invent one.
 */
final class RowLocks {

    /** A modelled row lock; one instance per row and execution, since the lock model keys monitors by identity. */
    static final class Key {
        private final String row;

        private Key(String row) {
            this.row = row;
        }

        @Override
        public String toString() {
            return "row lock " + row;
        }
    }

    private final Map<String, Key> keys = new HashMap<>();
    private final Map<Connection, Set<Key>> held = new IdentityHashMap<>();

    /**
     * @param event a statement execution about to run
     * @return the row locks its statements take that its connection does not hold yet, in a fixed order
     */
    synchronized List<Key> toAcquire(JdbcEvent event) {
        Set<String> rows = new TreeSet<>();
        for (SqlStatement s : event.analysed()) {
            for (SqlAccess a : s.accesses()) {
                if (a.resource().level() == SqlResource.Level.ROW && locks(s.kind(), a.kind())) {
                    rows.add(a.resource().name());
                }
            }
        }
        Set<Key> mine = event.connection() == null ? Set.of() : held.getOrDefault(event.connection(), Set.of());
        List<Key> out = new ArrayList<>();
        for (String row : rows) {
            Key k = keys.computeIfAbsent(row, Key::new);
            if (!mine.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean locks(StatementKind statement, AccessKind access) {
        return switch (statement) {
            case UPDATE, DELETE -> access == AccessKind.WRITE;
            case SELECT -> access == AccessKind.LOCK_EXCLUSIVE;
            default -> false;
        };
    }

    /**
     * Records that the connection now holds {@code locks} until its transaction ends.
     *
     * @param connection the connection
     * @param locks the locks acquired
     */
    synchronized void hold(Connection connection, List<Key> locks) {
        if (connection != null && !locks.isEmpty()) {
            held.computeIfAbsent(connection, c -> new LinkedHashSet<>()).addAll(locks);
        }
    }

    /**
     * The connection's transaction ends: forgets and returns the locks it held.
     *
     * @param connection the connection
     * @return the locks to release, in the order they were taken
     */
    synchronized List<Key> release(Connection connection) {
        Set<Key> mine = connection == null ? null : held.remove(connection);
        return mine == null ? List.of() : new ArrayList<>(mine);
    }
}
