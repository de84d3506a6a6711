package dev.frontrun;

/** The three possible answers of an exploration. */
public enum Verdict {
    /** At least one execution completed, none violated the property, and nothing degraded the search. */
    HOLDS,
    /** An execution violated the property; the result carries the counterexample. */
    VIOLATED,
    /** No verdict: nothing completed, or executions timed out or diverged; the result says why. */
    INCONCLUSIVE
}
