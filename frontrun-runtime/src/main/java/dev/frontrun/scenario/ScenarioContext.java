package dev.frontrun.scenario;

import java.sql.Connection;
import java.sql.SQLException;

import dev.frontrun.internal.jdbc.ScenarioConnections;

/**
 * What the runtime hands a {@link Scenario}: the endpoint of the database created for it, and the run's seed.
 *
 * <p>The Maven plugin passes them to the scenario's JVM as the system properties {@code frontrun.jdbc.url},
 * {@code frontrun.jdbc.user}, {@code frontrun.jdbc.password} and {@code frontrun.seed}.
 *
 * @param jdbcUrl the JDBC URL of the scenario's own database, or null when no database was started
 * @param jdbcUser the user
 * @param jdbcPassword the password
 * @param seed the seed every random choice of the run derives from
 */
public record ScenarioContext(String jdbcUrl, String jdbcUser, String jdbcPassword, long seed) {

    /** @return the context described by the system properties, seed 42 when none is given */
    public static ScenarioContext fromSystemProperties() {
        return new ScenarioContext(System.getProperty("frontrun.jdbc.url"),
                System.getProperty("frontrun.jdbc.user", "postgres"),
                System.getProperty("frontrun.jdbc.password", ""),
                Long.getLong("frontrun.seed", 42L));
    }

    /**
     * A connection to the scenario's database. While the Maven plugin runs the scenario, closing it gives its server
     * session back, reset to what a new connection is (no transaction, auto-commit on, no session settings, temporary
     * tables, prepared statements or advisory locks), and a later {@code connect()} gets it again: opening a new one
     * for every execution cost more than the execution itself. Elsewhere it is a new connection.
     *
     * @return a connection to the scenario's database, to close when done
     * @throws SQLException when it cannot connect
     * @throws IllegalStateException when the run has no database
     */
    public Connection connect() throws SQLException {
        if (jdbcUrl == null) {
            throw new IllegalStateException("This run has no database: run the scenario through the frontrun Maven"
                    + " plugin, or set -Dfrontrun.jdbc.url=jdbc:postgresql://127.0.0.1:5432/db.");
        }
        return ScenarioConnections.connect(jdbcUrl, jdbcUser, jdbcPassword);
    }
}
