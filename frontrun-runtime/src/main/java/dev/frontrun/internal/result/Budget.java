package dev.frontrun.internal.result;

/**
 * What a scenario was allowed and what it took: its wall time in its JVM, and the budgets it ran under, so that a CI
 * can see which scenario costs what and which limit to raise or lower.
 *
 * @param wallMillis the scenario's wall time in its JVM (open, the sequential check, every strategy, close)
 * @param executionTimeoutMillis time limit of one execution ({@code frontrun.executionTimeoutMillis})
 * @param sequentialLimitMillis how long one actor could take alone in the sequential check
 * @param maxAttempts executions of random, PCT and POS ({@code frontrun.maxAttempts})
 * @param maxExecutions executions of DPOR at most ({@code frontrun.maxExecutions})
 * @param naiveTrials trials of the naive baseline ({@code frontrun.naiveTrials})
 * @param markerRuns runs of the marker schedule ({@code frontrun.markerRuns})
 */
public record Budget(long wallMillis, long executionTimeoutMillis, long sequentialLimitMillis, int maxAttempts,
        int maxExecutions, int naiveTrials, int markerRuns) {
}
