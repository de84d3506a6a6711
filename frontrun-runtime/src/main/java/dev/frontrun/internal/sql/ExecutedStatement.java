package dev.frontrun.internal.sql;

import java.util.Objects;

/**
 * One statement as it ran: when (the execution-wide sequence number), in which thread, what it did, from where.
 *
 * @param seq position in the execution's total order of database effects
 * @param thread the scheduler's index of the thread that ran it
 * @param statement the analysed statement
 * @param site the application source line that issued it ({@code OrderService.java:42}), or {@code null}
 */
public record ExecutedStatement(long seq, int thread, SqlStatement statement, String site) {

    /** Checks the components. */
    public ExecutedStatement {
        Objects.requireNonNull(statement, "statement");
    }

    @Override
    public String toString() {
        return "#" + seq + " thread " + thread + ": " + SqlText.abbreviate(statement.sql(), 100);
    }
}
