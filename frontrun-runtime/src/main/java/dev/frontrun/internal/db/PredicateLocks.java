package dev.frontrun.internal.db;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventKind;
import dev.frontrun.internal.jdbc.MatchedRows;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.StatementPoints;
import dev.frontrun.internal.sql.RowQuery;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.vocab.OpKind;

/**
 * The row locks of a statement whose WHERE clause pins no key ({@code UPDATE ... WHERE stock > 0},
 * {@code SELECT ... WHERE shift = 1 FOR UPDATE}): PostgreSQL is asked, in the statement's own transaction, which
 * rows the predicate matches, after passing the table's commit gate (so DPOR orders the question against other
 * transactions' commits) and again after the statement's own scheduling points (other transactions may
 * have committed in between); rows that began to match are locked too, until the set is stable, and rows that stopped
 * matching are given back, as PostgreSQL's re-check after a wait does. The statement then runs right away. A WHERE
 * clause that pins rows by primary key is asked the same way: a pinned row that does not exist locks nothing.
 */
final class PredicateLocks {

    private static final int MAX_ROUNDS = 8;

    private PredicateLocks() {
    }

    /** @return the query of a single-statement execution that locks rows by predicate, or {@code null} */
    static RowQuery query(JdbcEvent event) {
        if (event.kind() != JdbcEventKind.EXECUTE || event.analysed().size() != 1 || event.connection() == null
                || !event.endpoint().startsWith("jdbc:postgresql:")) {
            return null;
        }
        return event.analysed().get(0).rowQuery();
    }

    /**
     * Passes the table's commit gate, then asks which rows match: which locks the statement takes depends on what
     * other transactions committed, so the question must be ordered against their commits (DPOR sees the gate), and
     * must not look while a commit of the table is between its first and last scheduling point.
     *
     * @return the rows the query matches now; empty when it failed (the locks then stay unmodelled)
     */
    static List<SqlResource> matched(StatementPoints me, JdbcEvent event, RowQuery query,
            boolean inTransaction, RowLocks locks) {
        int site = StatementOperations.site(event);
        LockKey gate = locks.gate(query.table());
        me.point(StatementPoints.databaseLock(me.execution(), OpKind.LOCK_ACQUIRE, gate, site, event.sql()));
        me.point(StatementPoints.databaseLock(me.execution(), OpKind.LOCK_RELEASE, gate, site, event.sql()));
        List<SqlResource> rows = MatchedRows.find(event.connection(), query, inTransaction);
        return rows == null ? List.of() : rows;
    }

    /**
     * After the statement's scheduling points: locks the rows that match now but were not locked, until stable.
     *
     * @param taken the row locks this statement took (its connection did not hold them before); updated
     * @param after the points after the statement, which receive the release of extra locks in auto-commit mode
     */
    static void settle(StatementPoints me, JdbcEvent event, RowQuery query, boolean inTransaction,
            RowLocks locks, List<SqlResource> locked, List<LockKey> taken, List<Operation> after) {
        int site = StatementOperations.site(event);
        Execution e = me.execution();
        List<SqlResource> now = locked;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<SqlResource> found = MatchedRows.find(event.connection(), query, inTransaction);
            if (found == null) {
                return;
            }
            now = found;
            List<SqlResource> extra = new ArrayList<>(found);
            extra.removeAll(locked);
            if (extra.isEmpty()) {
                break;
            }
            List<LockKey> keys = locks.rowsToAcquire(event.connection(), extra, LockModes.predicateMode(event),
                    event.sql());
            for (LockKey k : keys) {
                me.point(StatementPoints.databaseLock(e, OpKind.LOCK_ACQUIRE, k, site, event.sql()));
            }
            if (inTransaction) {
                locks.held().hold(event.connection(), keys);
                taken.addAll(keys);
            } else {
                for (LockKey k : keys) { // auto-commit: for the statement only
                    after.add(StatementPoints.databaseLock(e, OpKind.LOCK_RELEASE, k, site, event.sql()));
                }
            }
            locked = new ArrayList<>(locked);
            locked.addAll(extra);
        }
        if (inTransaction) {
            List<LockKey> stillMatched = locks.rowKeys(event.connection(), now, LockModes.predicateMode(event));
            List<LockKey> stale = new ArrayList<>(taken);
            stale.removeAll(stillMatched);
            for (LockKey k : locks.held().drop(event.connection(), stale)) {
                me.point(StatementPoints.databaseLock(e, OpKind.LOCK_RELEASE, k, site, event.sql()));
            }
        }
    }
}
