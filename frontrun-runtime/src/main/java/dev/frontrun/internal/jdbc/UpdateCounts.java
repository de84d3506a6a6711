package dev.frontrun.internal.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

/** How many rows a statement execution changed, from what its {@code execute*} method returned. */
final class UpdateCounts {

    private UpdateCounts() {
    }

    /**
     * @param statement the statement object
     * @param returned the value {@code execute}, {@code executeUpdate}, {@code executeBatch}... returned
     * @return the rows changed, or {@code null} when unknown (a query, a batch entry without a count)
     * @throws SQLException when the driver cannot say
     */
    static Long of(Object statement, Object returned) throws SQLException {
        if (returned instanceof Integer i) {
            return (long) i;
        }
        if (returned instanceof Long l) {
            return l;
        }
        if (returned instanceof Boolean b) {
            if (b || !(statement instanceof Statement s)) {
                return null; // a result set: a query, or a write with RETURNING
            }
            int n = s.getUpdateCount();
            return n < 0 ? null : (long) n;
        }
        long sum = 0;
        if (returned instanceof int[] counts) {
            for (int n : counts) {
                if (n < 0) {
                    return null;
                }
                sum += n;
            }
            return sum;
        }
        if (returned instanceof long[] counts) {
            for (long n : counts) {
                if (n < 0) {
                    return null;
                }
                sum += n;
            }
            return sum;
        }
        return null;
    }
}
