package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlStatement;

/**
 * One JDBC operation about to happen: a statement execution (or batch), or a transaction operation on a connection.
 * The same instance is handed to {@link JdbcEventListener#before} and {@link JdbcEventListener#after}.
 *
 * @param id a JVM-wide increasing number
 * @param kind what the operation is
 * @param thread the thread performing it
 * @param connection the connection (as the application sees it: a pool's proxy when there is one), or {@code null}
 * @param connectionLabel a short stable name for the connection, {@code conn#N}
 * @param endpoint the JDBC URL without its query string
 * @param autoCommit the connection's auto-commit mode just before the operation
 * @param statements the SQL and bound parameters (empty for connection operations)
 * @param analysed the parsed statements, one per element of {@code statements}
 * @param site the application frame that issued it (the first outside JDBC drivers, pools, Hibernate and the JDK),
 *     or {@code null}
 * @param argument {@code Boolean} for {@code setAutoCommit}, the {@code Savepoint} for savepoint operations, or
 *     {@code null}
 */
public record JdbcEvent(long id, JdbcEventKind kind, Thread thread, Connection connection, String connectionLabel,
        String endpoint, boolean autoCommit, List<BoundSql> statements, List<SqlStatement> analysed,
        StackTraceElement site, Object argument) {

    /** Copies the lists. */
    public JdbcEvent {
        statements = List.copyOf(statements);
        analysed = List.copyOf(analysed);
    }

    /** @return every access of every statement of the event, in order */
    public List<SqlAccess> accesses() {
        List<SqlAccess> out = new ArrayList<>();
        analysed.forEach(s -> out.addAll(s.accesses()));
        return out;
    }

    /** @return the SQL of the first statement, or {@code null} for a connection operation */
    public String sql() {
        return statements.isEmpty() ? null : statements.get(0).sql();
    }

    /** @return the site as {@code File.java:42}, or {@code null} */
    public String siteText() {
        return site == null ? null : site.getFileName() + ":" + site.getLineNumber();
    }

    @Override
    public String toString() {
        return kind + " on " + connectionLabel + (statements.isEmpty() ? "" : " " + statements) + " " + accesses()
                + (site == null ? "" : " at " + site);
    }
}
