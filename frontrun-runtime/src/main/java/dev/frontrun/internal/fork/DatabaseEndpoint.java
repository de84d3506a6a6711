package dev.frontrun.internal.fork;

import java.util.Objects;

/**
 * The database a scenario's JVM gets: its own database on the PostgreSQL the plugin provided.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the user
 * @param password the password
 * @param provider how PostgreSQL was provided ({@code embedded}, {@code docker}, {@code external})
 * @param version the server version, or null
 */
public record DatabaseEndpoint(String jdbcUrl, String user, String password, String provider, String version) {

    /** Checks the URL. */
    public DatabaseEndpoint {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }
}
