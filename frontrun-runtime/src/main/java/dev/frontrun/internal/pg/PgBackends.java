package dev.frontrun.internal.pg;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.frontrun.internal.jdbc.JdbcEvents;

/** Finds the PostgreSQL backend process id behind a JDBC connection. */
public final class PgBackends {

    private PgBackends() {
    }

    /**
     * Asks the driver ({@code PGConnection.getBackendPID()} through {@code unwrap}, no round trip) and falls back to
     * {@code SELECT pg_backend_pid()} (not reported to JDBC listeners).
     *
     * @param connection a connection to PostgreSQL, possibly a pool's proxy
     * @return the backend's process id
     * @throws SQLException when the connection is not to PostgreSQL or is closed
     */
    public static int pid(Connection connection) throws SQLException {
        try {
            Class<?> pg = Class.forName("org.postgresql.PGConnection", false, connection.getClass().getClassLoader());
            if (connection.isWrapperFor(pg)) {
                Object unwrapped = connection.unwrap(pg);
                Method m = pg.getMethod("getBackendPID");
                return (Integer) m.invoke(unwrapped);
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // not the PostgreSQL driver's class, or not visible from here: ask the server
        }
        try {
            return JdbcEvents.suppressed(() -> {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("could not learn the PostgreSQL backend pid: " + e, e);
        }
    }
}
