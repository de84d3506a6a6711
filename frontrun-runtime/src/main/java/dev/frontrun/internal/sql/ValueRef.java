package dev.frontrun.internal.sql;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value in a parsed statement that may pin a key column: a literal, or the JDBC parameter {@code ?n}.
 *
 * @param literal the literal text, or {@code null} for a parameter
 * @param parameter the 1-based parameter index, or 0 for a literal
 */
record ValueRef(String literal, int parameter) {

    static ValueRef literal(String text) {
        return new ValueRef(text, 0);
    }

    static ValueRef parameter(int index) {
        return new ValueRef(null, index);
    }

    /**
     * @param parameters the bound parameters, index 0 holding {@code ?1}; may be shorter than needed
     * @return the value as key text, or {@code null} when it is not known (parameter unbound or SQL NULL)
     */
    String resolve(List<?> parameters) {
        if (parameter == 0) {
            return literal;
        }
        if (parameters == null || parameter > parameters.size()) {
            return null;
        }
        return render(parameters.get(parameter - 1));
    }

    /**
     * Renders a parameter value as key text so that {@code 1}, {@code 1L} and {@code "1"} give the same key.
     *
     * @param value a bound value
     * @return its key text, or {@code null} for SQL NULL or a value that cannot be a key
     */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof CharSequence || value instanceof Character
                || value instanceof Boolean || value instanceof java.util.UUID || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal || value instanceof java.util.Date) {
            return value.toString();
        }
        return null;
    }
}
