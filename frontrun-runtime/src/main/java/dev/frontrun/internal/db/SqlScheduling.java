package dev.frontrun.internal.db;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.jdbc.ConnectDetails;
import dev.frontrun.internal.jdbc.Isolation;
import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventKind;
import dev.frontrun.internal.jdbc.JdbcEventListener;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.jdbc.TransactionRecorder;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.StatementPoints;
import dev.frontrun.internal.sql.RowQuery;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlText;
import dev.frontrun.internal.sql.TransactionLog;
import dev.frontrun.internal.vocab.OpKind;

/**
 * Routes JDBC events to the scheduler: a statement, commit or rollback of a managed thread stops at the scheduling
 * points {@link StatementOperations} derives from it (its rows and tables, its row locks), instead of the raw socket
 * traffic of the driver (which is then part of the statement). Each execution gets its own
 * {@link ExecutionDatabase}, which records its transactions (for the SQL anomaly line), its row locks and a deadlock
 * PostgreSQL reports, and tells the scheduler which threads wait for a database lock.
 */
public final class SqlScheduling implements JdbcEventListener {

    private static final SqlScheduling INSTANCE = new SqlScheduling();

    /** The database model of the execution that runs now (or ran last). */
    private volatile ExecutionDatabase current;
    /**
     * The database to watch for lock waits, from the configuration of the exploration that runs now (or ran last);
     * {@code null}: the one the application's connections talk to. Also used for the statements of a scenario's
     * setup, which run between executions.
     */
    private volatile ConnectDetails server;
    /** What kept the exploration since {@link #install} from being a proof. */
    private final ProofGaps gaps = new ProofGaps();
    /**
     * The connections whose transaction is SERIALIZABLE (or of a level the server did not say), found when it takes
     * its snapshot, until it ends: each of their statements and their end also touch {@link #SSI}.
     */
    private final Map<java.sql.Connection, Boolean> serializable =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * Touched by every statement and end of a SERIALIZABLE transaction: PostgreSQL's serialization failures depend
     * on the order of those at the server (its predicate locks cover index pages and whole relations, not only the
     * rows the model names), so DPOR orders them all against each other.
     */
    private static final String SSI = "~serializable";

    private SqlScheduling() {
    }

    /**
     * Installs the JDBC interception (once) and routes its events to the scheduler; a new exploration begins (the
     * unforeseen wait is forgotten).
     *
     * @param server the database to watch for lock waits (the exploration's configuration), or {@code null} for the
     *     one the application's connections talk to
     */
    public static void install(ConnectDetails server) {
        DatabaseWaits.resetUnforeseen();
        INSTANCE.server = server;
        INSTANCE.gaps.reset();
        if (JdbcEvents.listener() != INSTANCE) {
            JdbcEvents.setListener(INSTANCE);
        }
    }

    /**
     * Gives a new execution its database model, which starts recording its transactions.
     *
     * @param exec the execution, which maps its threads to their ids
     */
    public static void beginExecution(Execution exec) {
        INSTANCE.serializable.clear();
        ExecutionDatabase db = new ExecutionDatabase(exec, INSTANCE.server);
        INSTANCE.current = db;
        exec.attach(db);
    }

    /**
     * @param names how the line names the threads
     * @return the SQL anomaly of the transactions of the execution that just ended (lost update, write skew,
     *     non-repeatable read...), or {@code null} when there is none or no SQL ran
     */
    public static String anomaly(dev.frontrun.internal.vocab.ThreadNames names) {
        TransactionLog log = transactions();
        if (log == null) {
            return null;
        }
        return dev.frontrun.internal.sql.SqlAnomalyClassifier.first(log.committed(), names::of)
                .map(dev.frontrun.internal.sql.SqlAnomaly::summary).orElse(null);
    }

    /**
     * @return the first wait PostgreSQL imposed that the database model did not foresee since {@link #install}
     *     (naming the thread and the statement), or {@code null}; such a wait makes a systematic exploration
     *     inconclusive
     */
    public static String unforeseenWait() {
        return DatabaseWaits.unforeseen();
    }

    /**
     * @return why a systematic exploration since {@link #install()} is no proof although the scheduler ran every
     *     statement as PostgreSQL would (rows shared by compatible lock modes, a SERIALIZABLE transaction, pinned
     *     rows locked without asking whether they exist: {@link ProofGaps}), or {@code null}
     */
    public static String unproven() {
        return INSTANCE.gaps.reason();
    }

    /** @return the transactions recorded in the current execution, or {@code null} */
    public static TransactionLog transactions() {
        ExecutionDatabase db = INSTANCE.current;
        return db == null ? null : db.recorder.log();
    }

    @Override
    public void before(JdbcEvent event) {
        ExecutionDatabase db = current;
        TransactionRecorder rec = db == null ? null : db.recorder;
        List<SqlAccess> published = rec != null ? rec.wouldPublish(event) : List.of();
        boolean inTransaction = rec != null && rec.inTransaction(event);
        boolean snapshot = rec != null && rec.takesSnapshot(event);
        if (rec != null) {
            rec.before(event);
        }
        DatabaseWaits.before(event, server);
        StatementPoints me = StatementPoints.enter();
        if (me == null) {
            return;
        }
        Execution e = me.execution();
        try {
            me.callStarts();
            RowLocks locks = db == null ? null : db.rowLocks;
            RowQuery query = locks == null ? null : PredicateLocks.query(event);
            List<SqlResource> matched = query == null ? List.of()
                    : PredicateLocks.matched(me, event, query, inTransaction, locks);
            List<LockKey> taken = query == null || !inTransaction ? List.of()
                    : new ArrayList<>(locks.rowsToAcquire(event.connection(), matched, LockModes.predicateMode(event),
                            event.sql()));
            if (snapshot && event.endpoint().startsWith("jdbc:postgresql:")) {
                String level = Isolation.level(event.connection());
                snapshot = level == null || level.contains("repeatable") || level.contains("serializable");
                if (level == null || level.contains("serializable")) {
                    serializable.put(event.connection(), Boolean.TRUE);
                    gaps.note(ProofGaps.Gap.SERIALIZABLE, SqlText.abbreviate(event.sql(), 120));
                }
            }
            List<Operation> afterOps = new ArrayList<>();
            for (Operation op : StatementOperations.of(e, event, published, inTransaction, locks, matched,
                    snapshot, afterOps)) {
                me.point(op);
            }
            if (query != null) {
                PredicateLocks.settle(me, event, query, inTransaction, locks, matched, taken, afterOps);
            }
            if (event.connection() != null && serializable.containsKey(event.connection())) {
                // last, so that the order of these points is the order of the statements at the server
                me.point(StatementPoints.sqlAccess(OpKind.RMW, SSI, StatementOperations.site(event), null));
                if (endsTransaction(event)) {
                    serializable.remove(event.connection());
                }
            }
            if (locks != null) {
                gaps.note(ProofGaps.Gap.SHARING, locks.sharing());
                gaps.note(ProofGaps.Gap.UNASKED, locks.unasked());
            }
            event.analysed().stream().filter(st -> !st.unkeyedLocks().isEmpty()).findFirst().ifPresent(st -> gaps.note(
                    ProofGaps.Gap.UNKEYED, st.unkeyedLocks().get(0) + " (" + SqlText.abbreviate(st.sql(), 120) + ")"));
            if (!afterOps.isEmpty() && db != null) {
                db.after(event, afterOps);
            }
        } finally {
            me.close();
        }
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        ExecutionDatabase db = current;
        if (db != null) {
            db.recorder.after(event, outcome);
        }
        DatabaseWaits.after(event, outcome);
        Execution e = StatementPoints.current();
        if (e == null) {
            return;
        }
        if (outcome.isDeadlock() && db != null && db.deadlock == null) {
            // by the thread's place in this execution: the other thread may have finished by now
            db.deadlock = DatabaseWaits.deadlockMessage(event, outcome, t -> e.threadIdOf(t) < 0 ? null
                    : "Thread " + e.names().of(e.threadIdOf(t)));
        }
        RowLocks locks = db == null ? null : db.rowLocks;
        if (locks != null && outcome.ok() && event.kind() == JdbcEventKind.SET_SAVEPOINT) {
            locks.held().savepoint(event.connection(), outcome.returned());
        }
        List<Operation> afterOps = db == null ? null : db.takeAfter(event);
        if (afterOps != null) {
            pointsNow(e, afterOps);
        }
        if (locks != null && outcome.updateCount() == 0 && event.kind() == JdbcEventKind.EXECUTE) {
            releaseNow(e, event, locks.held().dropRecentKeys(event.connection()));
        }
        StatementPoints.callReturned(e);
    }

    private static boolean endsTransaction(JdbcEvent event) {
        return switch (event.kind()) {
            case COMMIT, ROLLBACK, CLOSE -> true;
            case SET_AUTO_COMMIT -> Boolean.TRUE.equals(event.argument());
            case EXECUTE, EXECUTE_BATCH -> event.analysed().stream().anyMatch(
                    st -> st.kind() == dev.frontrun.internal.sql.StatementKind.COMMIT
                            || st.kind() == dev.frontrun.internal.sql.StatementKind.ROLLBACK);
            default -> false;
        };
    }

    /** The points of an event after the database did it. */
    private static void pointsNow(Execution e, List<Operation> ops) {
        StatementPoints me = StatementPoints.enter(e);
        if (me == null) {
            return;
        }
        try {
            for (Operation op : ops) {
                me.point(op);
            }
        } finally {
            me.close();
        }
    }

    /** Releases model locks right after a statement (one that inserted nothing gives its unique keys back). */
    private static void releaseNow(Execution e, JdbcEvent event, List<LockKey> keys) {
        StatementPoints me;
        if (keys.isEmpty() || (me = StatementPoints.enter(e)) == null) {
            return;
        }
        try {
            int site = StatementOperations.site(event);
            for (LockKey k : keys) {
                me.point(StatementPoints.databaseLock(e, OpKind.LOCK_RELEASE, k, site, event.sql()));
            }
        } finally {
            me.close();
        }
    }
}
