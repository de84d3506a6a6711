package dev.frontrun.internal.pg;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.frontrun.internal.jdbc.ConnectDetails;

/** Opens the lock watcher's own connection to the server an application connection talks to. */
public final class MonitorConnections {

    private MonitorConnections() {
    }

    /**
     * Uses the PostgreSQL driver the application's connection came from (its class loader), so the driver need not
     * be visible to frontrun's; falls back to {@link DriverManager}.
     *
     * @param target URL, user and password
     * @param application an application connection to the same server, or {@code null}
     * @return a new connection, owned by the caller
     * @throws SQLException when the server refuses or no driver accepts the URL
     */
    public static Connection open(ConnectDetails target, Connection application) throws SQLException {
        ClassLoader loader = application == null ? null : application.getClass().getClassLoader();
        if (loader != null) {
            try {
                Driver driver = (Driver) Class.forName("org.postgresql.Driver", true, loader)
                        .getDeclaredConstructor().newInstance();
                Connection c = driver.connect(target.url(), target.properties());
                if (c != null) {
                    return c;
                }
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                // not loadable from there: DriverManager below
            }
        }
        return DriverManager.getConnection(target.url(), target.properties());
    }
}
