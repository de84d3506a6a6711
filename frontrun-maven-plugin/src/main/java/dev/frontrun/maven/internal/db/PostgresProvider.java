package dev.frontrun.maven.internal.db;

import java.time.Duration;

/**
 * Provides one PostgreSQL server for a build and a fresh database per scenario on it.
 *
 * <p>Life cycle: {@link #start()} once, {@link #createDatabase(String)} any number of times (also from several
 * threads), {@link #close()} once (idempotent; stops or removes what {@code start} created, also after a failed
 * start). Implementations: {@link EmbeddedPostgresProvider}, {@link ExternalPostgresProvider},
 * {@link DockerPostgresProvider}, {@link AutoPostgresProvider}; {@link PostgresProviders} picks one by name.
 */
public interface PostgresProvider extends AutoCloseable {

    /**
     * Names the provider as the user selects it.
     *
     * @return {@code embedded}, {@code external}, {@code docker} or {@code auto}
     */
    String name();

    /**
     * Starts (or connects to) the server and checks it with a real {@code SELECT 1}.
     *
     * @return the endpoint of the server's administrative database
     * @throws DatabaseException when no server can be provided; the message says what to check
     */
    PostgresEndpoint start() throws DatabaseException;

    /**
     * Returns the endpoint that {@link #start()} returned.
     *
     * @return the administrative endpoint
     * @throws IllegalStateException before a successful start
     */
    PostgresEndpoint endpoint();

    /**
     * Creates an empty database on the shared server; scenarios never see each other's tables.
     *
     * @param name a valid name, see {@link DatabaseNames#forScenario(String, int)}
     * @return the endpoint of the new database
     * @throws DatabaseException when the database cannot be created
     */
    default PostgresEndpoint createDatabase(String name) throws DatabaseException {
        return Jdbc.createDatabase(endpoint(), name, Duration.ofSeconds(10));
    }

    /** Stops or removes what {@link #start()} created; never throws. */
    @Override
    void close();
}
