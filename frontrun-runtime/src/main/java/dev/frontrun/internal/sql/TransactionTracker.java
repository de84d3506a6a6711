package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows one connection's transaction state. Data statements inside a transaction are held back and published to
 * the {@link TransactionLog} at commit, dropped at rollback (or rolled back to a savepoint); in auto-commit mode each
 * successful statement is published at once. It models JDBC's {@code setAutoCommit}, {@code commit},
 * {@code rollback} and SQL {@code BEGIN}/{@code COMMIT}/{@code ROLLBACK}/{@code SAVEPOINT}.
 *
 * <p>Call it after each operation completed, with its outcome. With {@code errorAbortsTransaction} (PostgreSQL), a
 * failed statement aborts the transaction: its commit becomes a rollback.
 */
public final class TransactionTracker {

    private final TransactionLog log;
    private final String label;
    private final boolean errorAbortsTransaction;
    private boolean autoCommit;
    private boolean explicitBlock;
    private boolean aborted;
    private final List<ExecutedStatement> pending = new ArrayList<>();
    private final Map<Object, Integer> savepoints = new LinkedHashMap<>();

    TransactionTracker(TransactionLog log, String label, boolean autoCommit, boolean errorAbortsTransaction) {
        this.log = log;
        this.label = label;
        this.autoCommit = autoCommit;
        this.errorAbortsTransaction = errorAbortsTransaction;
    }

    /** @return whether a transaction is open (auto-commit off, or an explicit {@code BEGIN}) */
    public synchronized boolean inTransaction() {
        return !autoCommit || explicitBlock;
    }

    /**
     * @return whether a transaction is open and no data statement ran in it yet: the next one takes its snapshot
     *     (under REPEATABLE READ and SERIALIZABLE, the one all its statements see)
     */
    public synchronized boolean fresh() {
        return inTransaction() && pending.isEmpty() && !aborted;
    }

    /**
     * What would become visible to other transactions if {@code statement} (about to run) succeeds: its own accesses
     * in auto-commit mode, the whole open transaction's for a {@code COMMIT}, nothing inside a transaction.
     *
     * @param statement the statement about to run
     * @return the accesses it would publish
     */
    public synchronized List<SqlAccess> wouldPublish(SqlStatement statement) {
        return switch (statement.kind()) {
            case COMMIT -> pendingAccesses();
            case BEGIN, ROLLBACK, SAVEPOINT, ROLLBACK_TO_SAVEPOINT, RELEASE_SAVEPOINT, UTILITY -> List.of();
            default -> inTransaction() ? List.of() : statement.accesses();
        };
    }

    /** @return the accesses of the open transaction's statements, which a commit would publish */
    public synchronized List<SqlAccess> pendingAccesses() {
        if (aborted) {
            return List.of();
        }
        List<SqlAccess> out = new ArrayList<>();
        for (ExecutedStatement s : pending) {
            for (SqlAccess a : s.statement().accesses()) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * Records a statement that was executed through this connection.
     *
     * @param thread the scheduler's index of the thread
     * @param statement the analysed statement
     * @param site the application source site, or {@code null}
     * @param succeeded whether it completed without an exception
     */
    public synchronized void executed(int thread, SqlStatement statement, String site, boolean succeeded) {
        switch (statement.kind()) {
            case BEGIN -> {
                if (succeeded) {
                    explicitBlock = true;
                }
            }
            case COMMIT -> commit(thread, succeeded);
            case ROLLBACK -> rollback();
            case SAVEPOINT -> savepoint(statement.savepoint());
            case ROLLBACK_TO_SAVEPOINT -> rollbackTo(statement.savepoint());
            case RELEASE_SAVEPOINT -> savepoints.remove(statement.savepoint());
            case UTILITY -> { }
            default -> data(thread, statement, site, succeeded);
        }
    }

    private void data(int thread, SqlStatement statement, String site, boolean succeeded) {
        ExecutedStatement executed = new ExecutedStatement(log.nextSeq(), thread, statement, site);
        log.noteCoverage(statement);
        if (!succeeded) {
            if (inTransaction() && errorAbortsTransaction) {
                aborted = true;
            }
            return;
        }
        if (inTransaction()) {
            pending.add(executed);
        } else {
            log.publish(thread, label, List.of(executed), executed.seq());
        }
    }

    /**
     * {@link java.sql.Connection#commit()} or SQL {@code COMMIT}.
     *
     * @param thread the committing thread
     * @param succeeded whether the commit returned normally
     */
    public synchronized void commit(int thread, boolean succeeded) {
        long seq = log.nextSeq();
        if (succeeded && !aborted && !pending.isEmpty()) {
            log.publish(thread, label, pending, seq);
        } else if (!pending.isEmpty()) {
            log.noteRollback();
        }
        end();
    }

    /** {@link java.sql.Connection#rollback()}, SQL {@code ROLLBACK}, or closing the connection mid-transaction. */
    public synchronized void rollback() {
        if (!pending.isEmpty()) {
            log.noteRollback();
        }
        end();
    }

    /**
     * {@link java.sql.Connection#setAutoCommit(boolean)}; switching it on commits an open transaction.
     *
     * @param thread the calling thread
     * @param on the new mode
     * @param succeeded whether the call returned normally
     */
    public synchronized void setAutoCommit(int thread, boolean on, boolean succeeded) {
        if (!succeeded) {
            return;
        }
        if (on && !autoCommit) {
            commit(thread, true);
        }
        autoCommit = on;
    }

    /**
     * @param handle the savepoint's name or {@link java.sql.Savepoint} object
     */
    public synchronized void savepoint(Object handle) {
        savepoints.put(handle, pending.size());
    }

    /**
     * Drops the statements executed since the savepoint and clears an abort state.
     *
     * @param handle the savepoint's name or {@link java.sql.Savepoint} object
     */
    public synchronized void rollbackTo(Object handle) {
        Integer mark = savepoints.get(handle);
        if (mark != null) {
            pending.subList(mark, pending.size()).clear();
            aborted = false;
        }
    }

    /** Closing the connection: an open transaction is rolled back. */
    public synchronized void close() {
        rollback();
    }

    private void end() {
        pending.clear();
        savepoints.clear();
        aborted = false;
        explicitBlock = false;
    }
}
