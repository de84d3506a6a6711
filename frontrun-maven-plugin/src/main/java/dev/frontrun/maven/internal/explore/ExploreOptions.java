package dev.frontrun.maven.internal.explore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.maven.internal.db.PostgresSettings;

/**
 * Everything the explore goal was told, as one immutable value (the mojo only fills it in).
 *
 * @param testClassesDir where the scenarios are compiled
 * @param testClassPath the fork's class path
 * @param applicationPaths class path entries of the reactor's other modules: their classes are the application's
 * @param sourceRoots compile and test source roots (for trace markers and explanations)
 * @param agentJar the runtime agent jar (from the plugin's dependencies)
 * @param resultsDir where results and reports go
 * @param includes scenario class globs to keep
 * @param excludes scenario class globs to drop
 * @param database how to get PostgreSQL; {@code none} runs scenarios without a database
 * @param settings the per-scenario run settings (strategies, budgets, seed)
 * @param include classes that get scheduling points (comma-separated globs)
 * @param forkCount forks at once
 * @param forkTimeout time limit of one fork
 * @param jvm the java executable, or null for the current one
 * @param argLine extra JVM arguments for the forks, or null
 * @param workingDirectory the forks' working directory
 * @param shard which scenarios of the project this run takes ({@link Shard#ALL}: every one)
 */
public record ExploreOptions(Path testClassesDir, List<Path> testClassPath, List<Path> applicationPaths,
        List<Path> sourceRoots, Path agentJar,
        Path resultsDir, List<String> includes, List<String> excludes, PostgresSettings database,
        RunSettings settings, String include, int forkCount, Duration forkTimeout, String jvm, String argLine,
        Path workingDirectory, Shard shard) {

    /** Copies the collections. */
    public ExploreOptions {
        testClassPath = List.copyOf(testClassPath);
        applicationPaths = List.copyOf(applicationPaths);
        sourceRoots = List.copyOf(sourceRoots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(shard, "shard");
        if (forkCount < 1) {
            throw new IllegalArgumentException("frontrun.forkCount must be at least 1, got " + forkCount + ".");
        }
    }

    /** @return whether scenarios run without a database */
    public boolean noDatabase() {
        return "none".equals(database.database());
    }
}
