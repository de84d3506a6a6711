package dev.frontrun.internal.fork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The budgets and switches of one scenario run: built by the Maven plugin from its {@code frontrun.*} parameters,
 * carried to the scenario's JVM as entries of its {@link ForkConfiguration} ({@link #entries()} and
 * {@link #from(Map)}, the one place that names the keys), read there by the scenario runner. The defaults are the
 * {@code DEFAULT_*} constants, used both by the plugin's parameters and for a missing entry.
 *
 * @param strategies which strategies to run, among {@link #KNOWN}, in the order given (no duplicates)
 * @param seed the seed every random choice derives from
 * @param markerRuns how often the declared marker schedule is run
 * @param naiveTrials trials of the naive baseline
 * @param naiveMaxOffset the naive baseline's largest start offset
 * @param maxAttempts executions of the random strategy (and PCT/POS)
 * @param maxExecutions executions of DPOR at most
 * @param reproduce how often a counterexample is replayed
 * @param deadlockTimeout marker deadlock timeout
 * @param executionTimeout time limit of one execution
 * @param clock how the explorations treat time
 */
public record RunSettings(List<String> strategies, long seed, int markerRuns, int naiveTrials, Duration naiveMaxOffset,
        int maxAttempts, int maxExecutions, int reproduce, Duration deadlockTimeout, Duration executionTimeout,
        ClockSettings clock) {

    /** Every strategy name a run understands. */
    public static final List<String> KNOWN = List.of("markers", "marker-orders", "random", "pct", "pos", "dpor",
            "naive");

    /**
     * The strategies that run by default: PCT and POS only on request; {@code markers} also stands for
     * {@code marker-orders} in a scenario whose actors pass markers but that declares no schedule.
     */
    public static final String DEFAULT_STRATEGIES = "markers,random,dpor,naive";
    /** The default seed. */
    public static final String DEFAULT_SEED = "42";
    /** The default number of runs of a marker schedule. */
    public static final String DEFAULT_MARKER_RUNS = "10";
    /** The default number of naive trials. */
    public static final String DEFAULT_NAIVE_TRIALS = "200";
    /** The default largest naive start offset, in milliseconds. */
    public static final String DEFAULT_NAIVE_MAX_OFFSET_MILLIS = "15";
    /** The default number of executions of random, PCT and POS. */
    public static final String DEFAULT_MAX_ATTEMPTS = "200";
    /** The default largest number of DPOR executions. */
    public static final String DEFAULT_MAX_EXECUTIONS = "1000";
    /** The default number of replays of a counterexample. */
    public static final String DEFAULT_REPRODUCE = "10";
    /** The default marker deadlock timeout, in milliseconds. */
    public static final String DEFAULT_DEADLOCK_TIMEOUT_MILLIS = "5000";
    /** The default time limit of one execution, in milliseconds. */
    public static final String DEFAULT_EXECUTION_TIMEOUT_MILLIS = "30000";

    private static final String STRATEGIES = "strategies";
    private static final String SEED = "seed";
    private static final String MARKER_RUNS = "markerRuns";
    private static final String NAIVE_TRIALS = "naiveTrials";
    private static final String NAIVE_MAX_OFFSET = "naiveMaxOffsetMillis";
    private static final String MAX_ATTEMPTS = "maxAttempts";
    private static final String MAX_EXECUTIONS = "maxExecutions";
    private static final String REPRODUCE = "reproduce";
    private static final String DEADLOCK_TIMEOUT = "deadlockTimeoutMillis";
    private static final String EXECUTION_TIMEOUT = "executionTimeoutMillis";
    private static final String REAL_CLOCK = "realClock";
    private static final String SPURIOUS_WAKEUPS = "spuriousWakeups";
    private static final String EARLY_EXPIRY = "earlyExpiry";

    /** The settings with the default {@link ClockSettings}. */
    public RunSettings(List<String> strategies, long seed, int markerRuns, int naiveTrials, Duration naiveMaxOffset,
            int maxAttempts, int maxExecutions, int reproduce, Duration deadlockTimeout, Duration executionTimeout) {
        this(strategies, seed, markerRuns, naiveTrials, naiveMaxOffset, maxAttempts, maxExecutions, reproduce,
                deadlockTimeout, executionTimeout, ClockSettings.DEFAULT);
    }

    /** Checks the strategy names and drops duplicates. */
    public RunSettings {
        java.util.Objects.requireNonNull(clock, "clock");
        strategies = List.copyOf(new LinkedHashSet<>(strategies));
        for (String s : strategies) {
            if (!KNOWN.contains(s)) {
                throw new IllegalArgumentException("Unknown strategy '" + s + "': use any of " + KNOWN + ".");
            }
        }
    }

    /**
     * @param csv comma-separated strategy names, blanks around them ignored
     * @return the names
     */
    public static List<String> strategies(String csv) {
        List<String> names = new ArrayList<>();
        int start = 0;
        while (start <= csv.length()) {
            int comma = csv.indexOf(',', start);
            int end = comma < 0 ? csv.length() : comma;
            names.add(csv.substring(start, end).strip());
            start = end + 1;
        }
        return names;
    }

    /**
     * Reads the settings from fork configuration entries, with the defaults for what is missing.
     *
     * @param e the entries
     * @return the settings
     * @throws IllegalArgumentException when a strategy is unknown or a number is not one
     */
    public static RunSettings from(Map<String, String> e) {
        return new RunSettings(
                strategies(e.getOrDefault(STRATEGIES, DEFAULT_STRATEGIES)),
                Long.parseLong(e.getOrDefault(SEED, DEFAULT_SEED)),
                Integer.parseInt(e.getOrDefault(MARKER_RUNS, DEFAULT_MARKER_RUNS)),
                Integer.parseInt(e.getOrDefault(NAIVE_TRIALS, DEFAULT_NAIVE_TRIALS)),
                Duration.ofMillis(Long.parseLong(e.getOrDefault(NAIVE_MAX_OFFSET, DEFAULT_NAIVE_MAX_OFFSET_MILLIS))),
                Integer.parseInt(e.getOrDefault(MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS)),
                Integer.parseInt(e.getOrDefault(MAX_EXECUTIONS, DEFAULT_MAX_EXECUTIONS)),
                Integer.parseInt(e.getOrDefault(REPRODUCE, DEFAULT_REPRODUCE)),
                Duration.ofMillis(Long.parseLong(e.getOrDefault(DEADLOCK_TIMEOUT, DEFAULT_DEADLOCK_TIMEOUT_MILLIS))),
                Duration.ofMillis(Long.parseLong(e.getOrDefault(EXECUTION_TIMEOUT, DEFAULT_EXECUTION_TIMEOUT_MILLIS))),
                new ClockSettings(Boolean.parseBoolean(e.getOrDefault(REAL_CLOCK, "false")),
                        Boolean.parseBoolean(e.getOrDefault(SPURIOUS_WAKEUPS, "true")),
                        Boolean.parseBoolean(e.getOrDefault(EARLY_EXPIRY, "false"))));
    }

    /** @return the settings as fork configuration entries, read back by {@link #from(Map)} */
    public Map<String, String> entries() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put(STRATEGIES, strategyList());
        e.put(SEED, Long.toString(seed));
        e.put(MARKER_RUNS, Integer.toString(markerRuns));
        e.put(NAIVE_TRIALS, Integer.toString(naiveTrials));
        e.put(NAIVE_MAX_OFFSET, Long.toString(naiveMaxOffset.toMillis()));
        e.put(MAX_ATTEMPTS, Integer.toString(maxAttempts));
        e.put(MAX_EXECUTIONS, Integer.toString(maxExecutions));
        e.put(REPRODUCE, Integer.toString(reproduce));
        e.put(DEADLOCK_TIMEOUT, Long.toString(deadlockTimeout.toMillis()));
        e.put(EXECUTION_TIMEOUT, Long.toString(executionTimeout.toMillis()));
        e.put(REAL_CLOCK, Boolean.toString(clock.realClock()));
        e.put(SPURIOUS_WAKEUPS, Boolean.toString(clock.spuriousWakeups()));
        e.put(EARLY_EXPIRY, Boolean.toString(clock.earlyExpiry()));
        return e;
    }

    /** @return the strategies, comma-separated */
    public String strategyList() {
        return String.join(",", strategies);
    }

    /**
     * @param name a strategy
     * @return whether it is to run
     */
    public boolean runs(String name) {
        return strategies.contains(name);
    }
}
