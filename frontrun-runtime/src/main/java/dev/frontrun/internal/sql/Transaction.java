package dev.frontrun.internal.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A committed transaction: its statements in order, and when it started and committed in the execution's total
 * order. An auto-commit statement is a transaction of one statement that starts and commits at once.
 *
 * @param id the transaction's number within the execution (commit order)
 * @param thread the scheduler's index of the thread that committed it
 * @param connection a label of the connection it ran on
 * @param start the sequence number of its first statement
 * @param commit the sequence number of its commit
 * @param statements its data statements in execution order (transaction control left out)
 */
public record Transaction(int id, int thread, String connection, long start, long commit,
        List<ExecutedStatement> statements) {

    /** Copies the statements. */
    public Transaction {
        statements = List.copyOf(statements);
    }

    /** @return every resource read (including rows an UPDATE or DELETE reads) */
    public Set<SqlResource> reads() {
        Set<SqlResource> out = new LinkedHashSet<>();
        statements.forEach(s -> out.addAll(s.statement().reads()));
        return out;
    }

    /** @return every resource written */
    public Set<SqlResource> writes() {
        Set<SqlResource> out = new LinkedHashSet<>();
        statements.forEach(s -> out.addAll(s.statement().writes()));
        return out;
    }

    /**
     * @param resource a resource
     * @return the first statement of this transaction that reads something overlapping it, or {@code null}
     */
    public ExecutedStatement firstRead(SqlResource resource) {
        for (ExecutedStatement s : statements) {
            for (SqlResource r : s.statement().reads()) {
                if (r.overlaps(resource)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * @param other another transaction
     * @return whether the two ran concurrently (each started before the other committed)
     */
    public boolean overlaps(Transaction other) {
        return start < other.commit && other.start < commit;
    }

    @Override
    public String toString() {
        return "T" + id + "(thread " + thread + ", #" + start + "..#" + commit + ", " + statements.size()
                + " statements)";
    }
}
