package dev.frontrun.internal.fork;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the scenario task of a fork is told, typed: the Maven plugin builds it, {@link #entries()} turns it into the
 * entries of the fork's {@link ForkConfiguration}, and the fork's scenario task reads it back with {@link #from(Map)}.
 * The keys are named here and nowhere else.
 *
 * @param scenario the scenario class name
 * @param resultFile where the scenario's JVM writes its result
 * @param sourceRoots compile and test source roots (for trace markers and explanations)
 * @param include class globs to instrument (comma-separated), or null for the runtime's default
 * @param database the scenario's own database, or null to run without one
 * @param settings budgets and switches
 */
public record ScenarioConfiguration(String scenario, Path resultFile, List<Path> sourceRoots, String include,
        DatabaseEndpoint database, RunSettings settings) {

    /**
     * System property of a scenario JVM: class path entries (directories or jars, separated by the path separator)
     * whose classes are the application's, observed like classes loaded from a directory: the reactor's modules.
     */
    public static final String APPLICATION_PATHS = "frontrun.applicationPaths";

    /** The {@link ForkTask} that runs a scenario (in the runtime's scenario harness). */
    public static final String TASK = "dev.frontrun.internal.scenario.ScenarioTask";

    private static final String SCENARIO = "scenario";
    private static final String RESULT_FILE = "scenarioResult";
    private static final String SOURCE_ROOTS = "sourceRoots";
    private static final String INCLUDE = "include";
    private static final String JDBC_URL = "jdbc.url";
    private static final String JDBC_USER = "jdbc.user";
    private static final String JDBC_PASSWORD = "jdbc.password";
    private static final String DATABASE_PROVIDER = "database.provider";
    private static final String DATABASE_VERSION = "database.version";

    /** Checks the components and copies the list. */
    public ScenarioConfiguration {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(resultFile, "resultFile");
        Objects.requireNonNull(settings, "settings");
        sourceRoots = List.copyOf(sourceRoots);
    }

    /** @return the configuration as fork entries, read back by {@link #from(Map)} */
    public Map<String, String> entries() {
        Map<String, String> e = new LinkedHashMap<>(settings.entries());
        e.put(SCENARIO, scenario);
        e.put(RESULT_FILE, resultFile.toString());
        e.put(SOURCE_ROOTS, sourceRootPath());
        if (include != null) {
            e.put(INCLUDE, include);
        }
        if (database != null) {
            e.put(JDBC_URL, database.jdbcUrl());
            e.put(JDBC_USER, database.user());
            e.put(JDBC_PASSWORD, database.password());
            e.put(DATABASE_PROVIDER, database.provider());
            if (database.version() != null) {
                e.put(DATABASE_VERSION, database.version());
            }
        }
        return e;
    }

    /**
     * @param e a fork configuration's entries
     * @return the scenario configuration
     * @throws IllegalArgumentException when the scenario or its result file is missing, or a setting is invalid
     */
    public static ScenarioConfiguration from(Map<String, String> e) {
        DatabaseEndpoint database = e.get(JDBC_URL) == null ? null : new DatabaseEndpoint(e.get(JDBC_URL),
                e.getOrDefault(JDBC_USER, "postgres"), e.getOrDefault(JDBC_PASSWORD, ""), e.get(DATABASE_PROVIDER),
                e.get(DATABASE_VERSION));
        return new ScenarioConfiguration(required(e, SCENARIO), Path.of(required(e, RESULT_FILE)),
                paths(e.get(SOURCE_ROOTS)), e.get(INCLUDE), database, RunSettings.from(e));
    }

    /** @return the source roots joined with the path separator, as {@code frontrun.sourceRoots} takes them */
    public String sourceRootPath() {
        List<String> roots = new ArrayList<>();
        sourceRoots.forEach(root -> roots.add(root.toString()));
        return String.join(File.pathSeparator, roots);
    }

    private static List<Path> paths(String joined) {
        List<Path> out = new ArrayList<>();
        if (joined == null) {
            return out;
        }
        int start = 0;
        while (start <= joined.length()) {
            int sep = joined.indexOf(File.pathSeparatorChar, start);
            int end = sep < 0 ? joined.length() : sep;
            if (end > start) {
                out.add(Path.of(joined.substring(start, end)));
            }
            start = end + 1;
        }
        return out;
    }

    private static String required(Map<String, String> e, String key) {
        String value = e.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the fork configuration has no entry '" + key + "'");
        }
        return value;
    }
}
