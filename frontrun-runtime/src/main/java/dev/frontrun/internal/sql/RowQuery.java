package dev.frontrun.internal.sql;

import java.util.List;

/**
 * The query that finds, exactly, the rows a statement locks by its WHERE clause: its own predicate (and
 * ORDER BY/LIMIT for a {@code SELECT ... FOR UPDATE}), selecting the primary key. Run in the statement's own
 * transaction just before it, it sees what the statement will see.
 *
 * @param table the normalised table whose rows are locked
 * @param sql the query text, with {@code ?} placeholders
 * @param parameters the values bound to them, in order
 * @param keyColumns the primary-key columns the query returns, in order
 */
public record RowQuery(String table, String sql, List<Object> parameters, List<String> keyColumns) {

    /** Copies the lists (values may be {@code null}). */
    public RowQuery {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
        keyColumns = List.copyOf(keyColumns);
    }
}
