package dev.frontrun.internal.db;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.jdbc.ConnectDetails;
import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.TransactionRecorder;
import dev.frontrun.internal.sched.DatabaseModel;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sql.TransactionLog;

/**
 * The database model of one execution: its transactions (for the SQL anomaly), its row locks, the points each JDBC
 * event has once the database has done it, the deadlock PostgreSQL reported, and the lock waits PostgreSQL imposes
 * (through {@link DatabaseWaits}, watching the configured server or else the application's own).
 */
final class ExecutionDatabase implements DatabaseModel {

    private final Execution exec;
    private final ConnectDetails server;
    final TransactionRecorder recorder;
    final RowLocks rowLocks = new RowLocks();
    volatile String deadlock;
    /** The points each event has once the database has done it (the locks it releases), by event identity. */
    private final Map<JdbcEvent, List<Operation>> pendingAfter = new IdentityHashMap<>();

    /**
     * @param exec the execution, which maps its threads to their ids
     * @param server the database to watch for lock waits, or {@code null} for the one the application talks to
     */
    ExecutionDatabase(Execution exec, ConnectDetails server) {
        this.exec = exec;
        this.server = server;
        this.recorder = new TransactionRecorder(new TransactionLog(), exec::managedThreadId);
    }

    void after(JdbcEvent event, List<Operation> ops) {
        synchronized (pendingAfter) {
            pendingAfter.put(event, ops);
        }
    }

    List<Operation> takeAfter(JdbcEvent event) {
        synchronized (pendingAfter) {
            return pendingAfter.remove(event);
        }
    }

    @Override
    public boolean knowsLockWaits() {
        return DatabaseWaits.available(server);
    }

    @Override
    public Set<Thread> lockWaiters() {
        return DatabaseWaits.blocked(server,
                t -> exec.threadIdOf(t) < 0 ? t.getName() : "Thread " + exec.names().of(exec.threadIdOf(t)));
    }

    @Override
    public String deadlockReport() {
        return deadlock;
    }
}
