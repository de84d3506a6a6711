package dev.frontrun.internal.jdbc;

import java.sql.SQLException;

/**
 * How a JDBC operation ended.
 *
 * @param ok whether it returned normally
 * @param sqlState the SQLState of the {@link SQLException} it threw, or {@code null}
 * @param message the exception's message, or {@code null}
 * @param error the throwable itself, or {@code null}
 * @param returned the value it returned when that matters (the {@code Savepoint} of {@code setSavepoint}; for a
 *     statement execution, the rows it changed as a {@code Long} when known), or {@code null}
 */
public record JdbcOutcome(boolean ok, String sqlState, String message, Throwable error, Object returned) {

    static JdbcOutcome of(Throwable thrown, Object returned) {
        if (thrown == null) {
            return new JdbcOutcome(true, null, null, null, returned);
        }
        String state = thrown instanceof SQLException e ? e.getSQLState() : null;
        return new JdbcOutcome(false, state, thrown.getMessage(), thrown, null);
    }

    /** @return the rows a statement execution changed, or -1 when unknown */
    public long updateCount() {
        return returned instanceof Long n ? n : -1;
    }

    /** @return whether PostgreSQL (or another database using SQLState 40P01) reported a deadlock */
    public boolean isDeadlock() {
        return "40P01".equals(sqlState);
    }

    @Override
    public String toString() {
        return ok ? "ok" : "failed [" + sqlState + "] " + message;
    }
}
