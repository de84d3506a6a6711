package dev.frontrun.internal.result;

/** The outcome of one strategy on one scenario, ordered by severity. */
public enum Verdict {
    /** Every execution kept the invariant, and at least one completed with nothing degraded. */
    HOLDS,
    /** An execution broke the invariant. */
    VIOLATED,
    /** Nothing broke, but nothing can be certified either; the reason says why. */
    INCONCLUSIVE,
    /** The strategy could not run (harness error). */
    ERROR
}
