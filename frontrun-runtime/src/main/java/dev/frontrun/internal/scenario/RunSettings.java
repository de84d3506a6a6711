package dev.frontrun.internal.scenario;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budgets and switches of one scenario run, read from the fork configuration's entries (the Maven plugin writes
 * them from its {@code frontrun.*} parameters).
 *
 * @param strategies which strategies to run, among {@link #KNOWN}
 * @param seed the seed every random choice derives from
 * @param markerRuns how often the declared marker schedule is run
 * @param naiveTrials trials of the naive baseline
 * @param naiveMaxOffset the naive baseline's largest start offset
 * @param maxAttempts executions of the random strategy (and PCT/POS)
 * @param maxExecutions executions of DPOR at most
 * @param reproduce how often a counterexample is replayed
 * @param deadlockTimeout marker deadlock timeout
 * @param executionTimeout time limit of one execution
 */
public record RunSettings(Set<String> strategies, long seed, int markerRuns, int naiveTrials, Duration naiveMaxOffset,
        int maxAttempts, int maxExecutions, int reproduce, Duration deadlockTimeout, Duration executionTimeout) {

    /** Every strategy name a run understands. */
    public static final List<String> KNOWN = List.of("markers", "random", "pct", "pos", "dpor", "naive");

    /** Checks the strategy names. */
    public RunSettings {
        strategies = Set.copyOf(new LinkedHashSet<>(strategies));
        for (String s : strategies) {
            if (!KNOWN.contains(s)) {
                throw new IllegalArgumentException("Unknown strategy '" + s + "': use any of " + KNOWN + ".");
            }
        }
    }

    /**
     * Reads the settings from string entries, with defaults for what is missing.
     *
     * @param e the entries
     * @return the settings
     */
    public static RunSettings from(Map<String, String> e) {
        return new RunSettings(
                Set.of(e.getOrDefault("strategies", String.join(",", KNOWN)).split("\\s*,\\s*")),
                Long.parseLong(e.getOrDefault("seed", "42")),
                Integer.parseInt(e.getOrDefault("markerRuns", "10")),
                Integer.parseInt(e.getOrDefault("naiveTrials", "200")),
                Duration.ofMillis(Long.parseLong(e.getOrDefault("naiveMaxOffsetMillis", "15"))),
                Integer.parseInt(e.getOrDefault("maxAttempts", "200")),
                Integer.parseInt(e.getOrDefault("maxExecutions", "1000")),
                Integer.parseInt(e.getOrDefault("reproduce", "10")),
                Duration.ofMillis(Long.parseLong(e.getOrDefault("deadlockTimeoutMillis", "5000"))),
                Duration.ofMillis(Long.parseLong(e.getOrDefault("executionTimeoutMillis", "30000"))));
    }

    /**
     * @param name a strategy
     * @return whether it is to run
     */
    public boolean runs(String name) {
        return strategies.contains(name);
    }
}
