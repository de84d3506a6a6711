package dev.frontrun.scenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
     * @return a new connection to the scenario's database
     * @throws SQLException when it cannot connect
     * @throws IllegalStateException when the run has no database
     */
    public Connection connect() throws SQLException {
        if (jdbcUrl == null) {
            throw new IllegalStateException("This run has no database: run the scenario through the frontrun Maven"
                    + " plugin, or set -Dfrontrun.jdbc.url=jdbc:postgresql://127.0.0.1:5432/db.");
        }
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }
}
