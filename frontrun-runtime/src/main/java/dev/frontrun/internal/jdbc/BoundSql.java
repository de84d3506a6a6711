package dev.frontrun.internal.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with the parameter values bound to it at execution time.
 *
 * @param sql the SQL text, or {@code null} when it is unknown (a statement prepared before anyone listened)
 * @param parameters the values of {@code ?1, ?2, ...}; an unset parameter is {@code null}
 */
public record BoundSql(String sql, List<Object> parameters) {

    /** Copies the parameters (which may contain {@code null}). */
    public BoundSql {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? String.valueOf(sql) : sql + " " + parameters;
    }
}
