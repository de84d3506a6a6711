package dev.frontrun.maven.internal.db;

import java.util.Locale;
import java.util.function.Consumer;

/** Picks the provider that {@code frontrun.database} names. */
public final class PostgresProviders {

    private PostgresProviders() {
    }

    /**
     * Creates (does not start) the provider named by {@link PostgresSettings#database()}.
     *
     * @param settings the settings
     * @param log where progress lines go
     * @return the provider
     * @throws DatabaseException when the name is not one of {@code auto}, {@code docker}, {@code embedded},
     *         {@code external}
     */
    public static PostgresProvider create(PostgresSettings settings, Consumer<String> log) throws DatabaseException {
        switch (settings.database().trim().toLowerCase(Locale.ROOT)) {
            case "auto":
                return new AutoPostgresProvider(settings, log);
            case "docker":
                return new DockerPostgresProvider(settings, log);
            case "embedded":
                return new EmbeddedPostgresProvider(settings, log);
            case "external":
                return new ExternalPostgresProvider(settings, log);
            default:
                throw new DatabaseException("Unknown frontrun.database '" + settings.database() + "': use auto (Docker"
                        + " when an engine answers, else embedded), docker, embedded or external (with"
                        + " frontrun.jdbc.url, frontrun.jdbc.user, frontrun.jdbc.password).");
        }
    }
}
