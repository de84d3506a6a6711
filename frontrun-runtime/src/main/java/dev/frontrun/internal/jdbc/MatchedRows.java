package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.sql.RowQuery;
import dev.frontrun.internal.sql.SqlResource;

/**
 * Runs a {@link RowQuery} on the application's own connection, unreported, to learn exactly which rows a statement
 * is about to lock by its WHERE clause. Inside a transaction the query runs under a savepoint (sent in the
 * same round trip), so that a failure cannot abort the application's transaction.
 */
public final class MatchedRows {

    private static final String SAVEPOINT = "frontrun_rows";

    private MatchedRows() {
    }

    /**
     * @param connection the statement's connection
     * @param query the query
     * @param inTransaction whether the connection is inside a transaction
     * @return the rows, named like {@code accounts(id=1)}; {@code null} when the query failed
     */
    public static List<SqlResource> find(Connection connection, RowQuery query, boolean inTransaction) {
        try {
            return JdbcEvents.suppressed(() -> inTransaction ? guarded(connection, query) : run(connection, query));
        } catch (Exception e) {
            return null;
        }
    }

    private static List<SqlResource> guarded(Connection c, RowQuery query) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT " + SAVEPOINT);
        }
        try {
            List<SqlResource> rows = run(c, query);
            try (Statement s = c.createStatement()) {
                s.execute("RELEASE SAVEPOINT " + SAVEPOINT);
            }
            return rows;
        } catch (Exception e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT + "; RELEASE SAVEPOINT " + SAVEPOINT);
            }
            throw e;
        }
    }

    private static List<SqlResource> run(Connection c, RowQuery query) throws Exception {
        List<SqlResource> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                p.setObject(i + 1, query.parameters().get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> key = new LinkedHashMap<>();
                    for (int i = 0; i < query.keyColumns().size(); i++) {
                        Object v = rs.getObject(i + 1);
                        key.put(query.keyColumns().get(i), v == null ? "null" : SqlResource.keyText(v));
                    }
                    SqlResource row = SqlResource.row(query.table(), key);
                    if (!rows.contains(row)) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
