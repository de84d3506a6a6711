package dev.frontrun;

/**
 * The answers of an exploration, ordered by severity. An {@link ExplorationResult} is {@link #HOLDS},
 * {@link #VIOLATED} or {@link #INCONCLUSIVE}; {@link #ERROR} appears only in the scenario results of the Maven plugin,
 * for a strategy that could not run at all.
 */
public enum Verdict {
    /** At least one execution completed, none violated the property, and nothing degraded the search. */
    HOLDS,
    /** An execution violated the property; the result carries the counterexample. */
    VIOLATED,
    /** No verdict: nothing completed, or executions timed out or diverged; the result says why. */
    INCONCLUSIVE,
    /** The strategy could not run (a harness error, not a finding); never the verdict of an exploration. */
    ERROR
}
