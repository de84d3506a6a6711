package dev.frontrun.maven.internal.db;

import java.util.Locale;

/** Turns scenario identifiers into valid, unique-per-build PostgreSQL database names. */
public final class DatabaseNames {

    private DatabaseNames() {
    }

    /**
     * Builds a database name for a scenario: {@code fr_<index>_<sanitized id>}, at most 63 characters.
     *
     * @param scenarioId any identifier, e.g. a class name and method
     * @param index a number unique within the build, so that two ids that sanitize alike still differ
     * @return a name accepted by {@link PostgresProvider#createDatabase(String)}
     */
    public static String forScenario(String scenarioId, int index) {
        String prefix = "fr_" + index + "_";
        String cleaned = scenarioId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        int room = 63 - prefix.length();
        if (cleaned.length() > room) {
            cleaned = cleaned.substring(cleaned.length() - room);
        }
        return prefix + cleaned;
    }
}
