package dev.frontrun.maven.internal.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Uses a PostgreSQL server that the user runs ({@code frontrun.jdbc.url/user/password}). It creates the scenario
 * databases there and drops them again on {@link #close()}, leaving the server as it found it.
 */
public final class ExternalPostgresProvider implements PostgresProvider {

    private final PostgresSettings settings;
    private final Consumer<String> log;
    private final List<String> created = new ArrayList<>();
    private PostgresEndpoint endpoint;

    /**
     * Creates the provider; nothing connects before {@link #start()}.
     *
     * @param settings the JDBC URL, user and password, and the startup timeout used to connect
     * @param log where progress lines go
     */
    public ExternalPostgresProvider(PostgresSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    @Override
    public String name() {
        return "external";
    }

    @Override
    public synchronized PostgresEndpoint start() throws DatabaseException {
        if (endpoint != null) {
            return endpoint;
        }
        String url = settings.jdbcUrl();
        String user = settings.jdbcUser() == null ? "postgres" : settings.jdbcUser();
        String password = settings.jdbcPassword() == null ? "" : settings.jdbcPassword();
        if (url == null || url.isBlank()) {
            throw new DatabaseException("frontrun.database=external needs frontrun.jdbc.url (e.g."
                    + " -Dfrontrun.jdbc.url=jdbc:postgresql://127.0.0.1:5432/postgres), frontrun.jdbc.user and"
                    + " frontrun.jdbc.password; or use -Dfrontrun.database=embedded.");
        }
        Duration timeout = settings.startupTimeout().compareTo(Duration.ofSeconds(10)) > 0
                ? Duration.ofSeconds(10) : settings.startupTimeout();
        try {
            String version = Jdbc.probe(url, user, password, timeout);
            endpoint = new PostgresEndpoint(name(), url, user, password, JdbcUrls.database(url, user), version);
        } catch (SQLException | IllegalArgumentException e) {
            throw new DatabaseException("Cannot connect to the external PostgreSQL at " + url + " as user '" + user
                    + "': " + e.getMessage() + ". Check that the server is running and reachable at that host and"
                    + " port, that frontrun.jdbc.url, frontrun.jdbc.user and frontrun.jdbc.password are right, and"
                    + " that the user may CREATE DATABASE; or use -Dfrontrun.database=embedded.", e);
        }
        log.accept("frontrun: using " + endpoint.describe());
        return endpoint;
    }

    @Override
    public synchronized PostgresEndpoint endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("the external PostgreSQL is not connected");
        }
        return endpoint;
    }

    @Override
    public PostgresEndpoint createDatabase(String name) throws DatabaseException {
        PostgresEndpoint database = Jdbc.createDatabase(endpoint(), name, Duration.ofSeconds(10));
        synchronized (this) {
            created.add(name);
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (endpoint != null) {
            for (String name : created) {
                String error = Jdbc.dropDatabase(endpoint, name, Duration.ofSeconds(10));
                if (error != null) {
                    log.accept("frontrun: could not drop database " + name + " on " + endpoint.jdbcUrl() + ": " + error
                            + " (drop it by hand)");
                }
            }
        }
        created.clear();
        endpoint = null;
    }
}
