package dev.frontrun.internal.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventKind;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.StatementPoints;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.StatementKind;
import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/**
 * The scheduling points of one JDBC event: the operations on the rows and tables it touches and on the row locks it
 * takes or releases.
 *
 * <p>Each access becomes an operation on a resource named like {@code users(id=1)} or {@code users}. Row and table
 * accesses must conflict when they overlap, which plain resource identity cannot say, so every access also touches
 * hidden per-table resources (names starting with {@code ~}): a row read reads {@code ~users}; a row write also
 * writes {@code ~users#rows}; a table read reads both; a table write writes both. Two writes to different rows of one
 * table therefore count as dependent: an over-approximation, which is allowed; a missed dependency is not. Every
 * statement also reads {@code ~db}, which a statement that could not be parsed (coverage fell back to the endpoint)
 * writes. A commit writes what its transaction wrote, since other transactions see it from then on.
 *
 * <p>The first data statement of a REPEATABLE READ or SERIALIZABLE transaction takes the snapshot all its statements
 * see: it writes {@code ~snapshot} at its last point, which every commit reads before its table accesses, so DPOR
 * orders the snapshot against every commit (under READ COMMITTED each statement's own accesses order it).
 *
 * <p>Row locks ({@link RowLocks}) come first: a statement that would wait in the database for another transaction's
 * row waits in the scheduler instead, as a thread waiting for a lock; the locks a statement or a transaction's end
 * releases are released at points right after the database has done it.
 */
final class StatementOperations {

    /**
     * Written by a statement that takes a REPEATABLE READ or SERIALIZABLE snapshot, read by every commit: what that
     * transaction sees for the rest of its life depends on which commits came before, whatever tables it reads
     * first.
     */
    private static final String SNAPSHOT = "~snapshot";

    private StatementOperations() {
    }

    /**
     * @param e the execution
     * @param event the JDBC event about to run
     * @param published what it would make visible to other transactions
     * @param inTransaction whether its connection is inside a transaction before it
     * @param locks the execution's row locks, or {@code null}
     * @param matched the rows its WHERE clause matches (pinned by key or not), or empty
     * @param snapshot whether it takes a REPEATABLE READ or SERIALIZABLE transaction's snapshot
     * @param after receives the operations that follow the event, once the database has done it: the locks it
     *     releases
     * @return the operations before the event, in the order the thread performs them
     */
    static List<Operation> of(Execution e, JdbcEvent event, List<SqlAccess> published,
            boolean inTransaction, RowLocks locks, List<SqlResource> matched, boolean snapshot,
            List<Operation> after) {
        Map<String, OpKind> kinds = new LinkedHashMap<>();
        List<LockKey> acquire = List.of();
        List<LockKey> release = new ArrayList<>();
        List<SqlAccess> accesses = new ArrayList<>();
        Set<SqlAccess> publishedWrites = new HashSet<>();
        switch (event.kind()) {
            case EXECUTE, EXECUTE_BATCH -> {
                accesses.addAll(event.accesses());
                acquire = locks == null ? List.of() : locks.toAcquire(event, matched);
                boolean ends = event.analysed().stream().anyMatch(st -> st.kind() == StatementKind.COMMIT
                        || st.kind() == StatementKind.ROLLBACK);
                if (event.analysed().stream().anyMatch(st -> st.kind() == StatementKind.COMMIT)) {
                    publishedWrites.addAll(writes(published)); // an SQL COMMIT publishes the transaction's writes
                }
                if (inTransaction && locks != null) {
                    for (SqlStatement st : event.analysed()) {
                        if (st.kind() == StatementKind.ROLLBACK_TO_SAVEPOINT) {
                            release.addAll(locks.held().rollbackTo(event.connection(), st.savepoint()));
                        } else if (st.kind() == StatementKind.SAVEPOINT) {
                            locks.held().savepoint(event.connection(), st.savepoint());
                        }
                    }
                }
                if (inTransaction && !ends && locks != null) {
                    locks.held().hold(event.connection(), acquire);
                } else {
                    release.addAll(acquire); // auto-commit: the lock lasts as long as the statement
                    if (ends && locks != null) {
                        release.addAll(locks.held().release(event.connection()));
                    }
                }
            }
            case ROLLBACK_TO_SAVEPOINT -> {
                if (locks != null) {
                    release.addAll(locks.held().rollbackTo(event.connection(), event.argument()));
                }
            }
            case COMMIT, SET_AUTO_COMMIT, ROLLBACK, CLOSE -> {
                publishedWrites.addAll(writes(published)); // a commit, or auto-commit on inside a transaction
                if (locks != null && (event.kind() != JdbcEventKind.SET_AUTO_COMMIT
                        || Boolean.TRUE.equals(event.argument()))) {
                    release.addAll(locks.held().release(event.connection()));
                }
            }
            default -> { }
        }
        java.util.TreeSet<String> gated = new java.util.TreeSet<>(); // tables whose committed state this changes
        publishedWrites.forEach(a -> addTable(gated, a));
        if (!inTransaction && (event.kind() == JdbcEventKind.EXECUTE || event.kind() == JdbcEventKind.EXECUTE_BATCH)) {
            accesses.stream().filter(a -> a.kind() == AccessKind.WRITE).forEach(a -> addTable(gated, a));
        }
        List<LockKey> gates = locks == null ? List.of() : gated.stream().map(locks::gate).toList();
        for (SqlAccess a : publishedWrites) {
            if (!accesses.contains(a)) {
                accesses.add(a);
            }
        }
        for (SqlAccess a : accesses) {
            SqlResource r = a.resource();
            boolean writes = publishedWrites.contains(a) || a.kind() == AccessKind.WRITE
                    || a.kind() == AccessKind.LOCK_EXCLUSIVE || a.kind() == AccessKind.LOCK_NO_KEY_UPDATE;
            switch (r.level()) {
                case ROW -> {
                    add(kinds, r.name(), writes ? OpKind.WRITE : OpKind.READ);
                    add(kinds, "~" + r.table(), OpKind.READ);
                    if (writes) {
                        add(kinds, "~" + r.table() + "#rows", OpKind.WRITE);
                    }
                }
                case TABLE -> {
                    add(kinds, "~" + r.table(), writes ? OpKind.WRITE : OpKind.READ);
                    add(kinds, "~" + r.table() + "#rows", writes ? OpKind.WRITE : OpKind.READ);
                    add(kinds, r.table(), writes ? OpKind.WRITE : OpKind.READ); // named, for the trace
                }
                default -> add(kinds, "~db", OpKind.WRITE);
            }
        }
        if (!accesses.isEmpty()) {
            add(kinds, "~db", OpKind.READ);
        }
        int site = site(event);
        String sql = event.kind() == JdbcEventKind.EXECUTE || event.kind() == JdbcEventKind.EXECUTE_BATCH
                ? event.sql() : event.kind() == JdbcEventKind.SET_AUTO_COMMIT ? "COMMIT (auto-commit on)"
                : event.kind().name();
        List<Operation> ops = new ArrayList<>();
        // row locks first: the statement may run only when the database would not make it wait
        for (LockKey k : acquire) {
            ops.add(StatementPoints.databaseLock(e, OpKind.LOCK_ACQUIRE, k, site, sql));
        }
        // then the commit gates of the tables whose committed state it changes, held to its very last point: the
        // change happens in the database after that point, and no statement that asks the database what it sees
        // (a predicate's rows) may look in between
        for (LockKey k : gates) {
            ops.add(StatementPoints.databaseLock(e, OpKind.LOCK_ACQUIRE, k, site, sql));
        }
        // a commit is ordered against snapshots here, so that its last point stays the write of its last table
        if (!gated.isEmpty()) {
            ops.add(StatementPoints.sqlAccess(OpKind.READ, SNAPSHOT, site, null));
        }
        // the hidden resources next, the named rows and tables last: the statement runs right after its last
        // scheduling point, so that is where the trace shows it
        List<Map.Entry<String, OpKind>> ordered = new ArrayList<>();
        kinds.entrySet().stream().filter(k -> k.getKey().startsWith("~")).forEach(ordered::add);
        kinds.entrySet().stream().filter(k -> !k.getKey().startsWith("~")).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            Map.Entry<String, OpKind> k = ordered.get(i);
            boolean last = i == ordered.size() - 1;
            ops.add(StatementPoints.sqlAccess(k.getValue(), k.getKey(), site, last ? sql : null));
        }
        // released locks after the database has acted (a waiter must not run its statement while the commit that
        // frees its row is still to come)
        for (LockKey k : release) {
            after.add(StatementPoints.databaseLock(e, OpKind.LOCK_RELEASE, k, site, sql));
        }
        for (LockKey k : gates) {
            after.add(StatementPoints.databaseLock(e, OpKind.LOCK_RELEASE, k, site, sql));
        }
        if (snapshot) {
            ops.add(StatementPoints.sqlAccess(OpKind.WRITE, SNAPSHOT, site, null));
        }
        return ops;
    }

    private static void addTable(java.util.Set<String> tables, SqlAccess a) {
        if (a.resource().table() != null) {
            tables.add(a.resource().table());
        }
    }

    private static List<SqlAccess> writes(List<SqlAccess> published) {
        return published.stream().filter(a -> a.kind() == AccessKind.WRITE).toList();
    }

    private static void add(Map<String, OpKind> kinds, String resource, OpKind kind) {
        OpKind before = kinds.get(resource);
        if (before == null) {
            kinds.put(resource, kind);
        } else if (before != kind) {
            kinds.put(resource, OpKind.RMW);
        }
    }

    static int site(JdbcEvent event) {
        StackTraceElement s = event.site();
        if (s == null) {
            return -1;
        }
        return Sites.register(new Site(s.getClassName(), s.getMethodName(), s.getFileName(), s.getLineNumber(),
                OpKind.RMW, null));
    }
}
