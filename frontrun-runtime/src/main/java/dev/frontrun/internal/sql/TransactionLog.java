package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database side of one execution: a total order of effects (sequence numbers), one
 * {@link TransactionTracker} per connection, and the transactions committed so far, in commit order.
 * This is the input of {@link SqlAnomalyClassifier}.
 */
public final class TransactionLog {

    private final AtomicLong seq = new AtomicLong();
    private final List<Transaction> committed = new ArrayList<>();
    private final Set<String> degradations = new LinkedHashSet<>();
    private int rolledBack;

    /**
     * @param label a name for the connection in results (e.g. {@code conn#1})
     * @param autoCommit the connection's auto-commit mode when first seen
     * @param errorAbortsTransaction whether a failed statement aborts the transaction (PostgreSQL)
     * @return a new tracker publishing into this log
     */
    public TransactionTracker tracker(String label, boolean autoCommit, boolean errorAbortsTransaction) {
        return new TransactionTracker(this, label, autoCommit, errorAbortsTransaction);
    }

    long nextSeq() {
        return seq.incrementAndGet();
    }

    synchronized void publish(int thread, String connection, List<ExecutedStatement> statements, long commitSeq) {
        committed.add(new Transaction(committed.size(), thread, connection, statements.get(0).seq(), commitSeq,
                statements));
    }

    synchronized void noteRollback() {
        rolledBack++;
    }

    synchronized void noteCoverage(SqlStatement statement) {
        if (statement.coverage() != Coverage.PRECISE) {
            degradations.add(statement.coverage() + " for `" + SqlText.abbreviate(statement.sql(), 80) + "`: "
                    + statement.degradation());
        }
    }

    /** @return the committed transactions, in commit order */
    public synchronized List<Transaction> committed() {
        return List.copyOf(committed);
    }

    /** @return how many transactions with data statements were rolled back */
    public synchronized int rolledBack() {
        return rolledBack;
    }

    /** @return one line per statement whose accesses were only approximated (coverage was degraded) */
    public synchronized List<String> degradations() {
        return new ArrayList<>(degradations);
    }
}
