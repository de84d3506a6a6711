package dev.frontrun.maven;

import java.time.Duration;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import dev.frontrun.internal.fork.ClockSettings;
import dev.frontrun.internal.fork.RunSettings;

/**
 * The parameters of one scenario run (strategies, budgets, time limits, how time passes), turned into the
 * {@link RunSettings} the scenario JVMs read.
 */
public abstract class RunParametersMojo extends AbstractMojo {

    /**
     * Strategies to run: any of markers, marker-orders, random, pct, pos, dpor, naive (by default all but
     * marker-orders, pct and pos; markers runs marker-orders for a scenario with markers but no schedule).
     */
    @Parameter(property = "frontrun.strategies", defaultValue = RunSettings.DEFAULT_STRATEGIES)
    private String strategies;

    /** The seed every random choice derives from. */
    @Parameter(property = "frontrun.seed", defaultValue = RunSettings.DEFAULT_SEED)
    private long seed;

    /** Executions of the random strategy (and PCT, POS). */
    @Parameter(property = "frontrun.maxAttempts", defaultValue = RunSettings.DEFAULT_MAX_ATTEMPTS)
    private int maxAttempts;

    /** Executions of DPOR at most. */
    @Parameter(property = "frontrun.maxExecutions", defaultValue = RunSettings.DEFAULT_MAX_EXECUTIONS)
    private int maxExecutions;

    /** Trials of the naive baseline. */
    @Parameter(property = "frontrun.naiveTrials", defaultValue = RunSettings.DEFAULT_NAIVE_TRIALS)
    private int naiveTrials;

    /** The naive baseline's largest random start offset, in milliseconds. */
    @Parameter(property = "frontrun.naiveMaxOffsetMillis",
            defaultValue = RunSettings.DEFAULT_NAIVE_MAX_OFFSET_MILLIS)
    private long naiveMaxOffsetMillis;

    /** Runs of a declared marker schedule. */
    @Parameter(property = "frontrun.markerRuns", defaultValue = RunSettings.DEFAULT_MARKER_RUNS)
    private int markerRuns;

    /** Replays of a counterexample. */
    @Parameter(property = "frontrun.reproduce", defaultValue = RunSettings.DEFAULT_REPRODUCE)
    private int reproduce;

    /** How long a thread may run without reaching its next marker, in milliseconds. */
    @Parameter(property = "frontrun.deadlockTimeoutMillis",
            defaultValue = RunSettings.DEFAULT_DEADLOCK_TIMEOUT_MILLIS)
    private long deadlockTimeoutMillis;

    /** Time limit of one execution, in milliseconds. */
    @Parameter(property = "frontrun.executionTimeoutMillis",
            defaultValue = RunSettings.DEFAULT_EXECUTION_TIMEOUT_MILLIS)
    private long executionTimeoutMillis;

    /**
     * {@code virtual} (the default: timed waits expire in virtual time, with no wall time spent) or {@code real}
     * (for code that talks to a real external server and must see real time); JDBC calls see real time either way.
     */
    @Parameter(property = "frontrun.clock", defaultValue = "virtual")
    private String clock;

    /** Whether a blocked {@code wait}, {@code park} or {@code Condition.await} may wake without a notification. */
    @Parameter(property = "frontrun.spuriousWakeups", defaultValue = "true")
    private boolean spuriousWakeups;

    /** Whether a timed wait may also expire while other threads could still run (as when they are merely slow). */
    @Parameter(property = "frontrun.earlyExpiry", defaultValue = "false")
    private boolean earlyExpiry;

    /**
     * @return the run settings of these parameters
     * @throws MojoExecutionException when one is out of range, naming it and what it accepts
     */
    protected RunSettings runSettings() throws MojoExecutionException {
        int attempts = positive("maxAttempts", maxAttempts);
        int executions = positive("maxExecutions", maxExecutions);
        int trials = positive("naiveTrials", naiveTrials);
        int runs = positive("markerRuns", markerRuns);
        boolean real;
        try {
            real = ClockSettings.real(clock);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        try {
            return new RunSettings(RunSettings.strategies(strategies), seed, runs, trials,
                    Duration.ofMillis(naiveMaxOffsetMillis), attempts, executions, reproduce,
                    Duration.ofMillis(deadlockTimeoutMillis), Duration.ofMillis(executionTimeoutMillis),
                    new ClockSettings(real, spuriousWakeups, earlyExpiry));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Bad frontrun.strategies '" + strategies + "': " + e.getMessage());
        }
    }

    private static int positive(String name, int value) throws MojoExecutionException {
        if (value < 1) {
            throw new MojoExecutionException("frontrun." + name + " must be at least 1, got " + value + ".");
        }
        return value;
    }
}
