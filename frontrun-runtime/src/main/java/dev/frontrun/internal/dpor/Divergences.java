package dev.frontrun.internal.dpor;

import java.util.Optional;

/**
 * The executions of one exploration whose replayed prefix the program did not reproduce (a thread missing, blocked
 * or about to do something else than recorded): how many, and the first, kept for the report.
 */
final class Divergences {

    private Divergence first;
    private boolean now;
    private long count;

    /** A new execution begins: it has not diverged yet. */
    void beginExecution() {
        now = false;
    }

    /**
     * Records a divergence of the current execution (counted once per execution).
     *
     * @param execution the execution's number, from 1
     * @param step the step it happened at
     * @param expected what the replay expected
     * @param actual what the program did
     */
    void record(long execution, int step, String expected, String actual) {
        if (first == null) {
            first = new Divergence(execution, step, expected, actual);
        }
        if (!now) {
            now = true;
            count++;
        }
    }

    /** @return the first divergence, if any */
    Optional<Divergence> first() {
        return Optional.ofNullable(first);
    }

    /** @return how many executions diverged */
    long count() {
        return count;
    }
}
