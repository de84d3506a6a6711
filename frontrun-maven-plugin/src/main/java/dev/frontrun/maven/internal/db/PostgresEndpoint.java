package dev.frontrun.maven.internal.db;

import java.util.Objects;

/**
 * Where and how to connect to one database on a running PostgreSQL server.
 *
 * @param provider the provider that started (or found) the server: {@code embedded}, {@code docker}, {@code external}
 * @param jdbcUrl the JDBC URL of {@link #database()}, e.g. {@code jdbc:postgresql://127.0.0.1:54321/scenario_1}
 * @param user the user name
 * @param password the password (empty when the server trusts local connections)
 * @param database the database name
 * @param serverVersion the server's {@code server_version}, e.g. {@code 17.6}
 */
public record PostgresEndpoint(String provider, String jdbcUrl, String user, String password, String database,
        String serverVersion) {

    /** Checks that no component is missing. */
    public PostgresEndpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(serverVersion, "serverVersion");
    }

    /**
     * Returns the endpoint of another database on the same server, with the same credentials.
     *
     * @param name the other database's name
     * @return the endpoint of that database
     */
    public PostgresEndpoint withDatabase(String name) {
        return new PostgresEndpoint(provider, JdbcUrls.withDatabase(jdbcUrl, name), user, password, name, serverVersion);
    }

    /**
     * Describes the endpoint for logs, without the password.
     *
     * @return e.g. {@code docker PostgreSQL 17.6 at jdbc:postgresql://127.0.0.1:54321/postgres (user postgres)}
     */
    public String describe() {
        return provider + " PostgreSQL " + serverVersion + " at " + jdbcUrl + " (user " + user + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
