package dev.frontrun.internal.sched;

/**
 * Decides interleavings. One instance serves a whole exploration; the scheduler calls, per execution:
 * {@link #beginExecution}, then for every step {@link #choose} followed by {@link #executed}, then
 * {@link #endExecution}. All calls for one execution come from one logical sequence (never concurrently).
 */
public interface SchedulingStrategy {

    /**
     * Starts execution number {@code index} (0-based).
     *
     * @param index the execution number
     * @return {@code false} when the strategy has nothing left to explore (a systematic strategy is exhausted)
     */
    boolean beginExecution(int index);

    /**
     * Picks the thread to run next.
     *
     * @param point every stopped thread with its pending operation; at least one is enabled
     * @return the id of an enabled thread
     */
    int choose(ChoicePoint point);

    /**
     * Told after each choice which operation ran (also for operations the scheduler performs without a choice).
     *
     * @param thread the thread id
     * @param op the operation
     */
    void executed(int thread, Operation op);

    /**
     * Told, before {@link #endExecution}, when the execution ends because no live thread can run (a deadlock or
     * threads blocked for good).
     *
     * @param threads the live threads with the operations they wait to perform (none enabled)
     */
    default void blockedAtEnd(java.util.List<ThreadView> threads) {
    }

    /**
     * Ends the current execution.
     *
     * @param completed whether every thread ran to its end (no deadlock, timeout or abort)
     */
    void endExecution(boolean completed);

    /**
     * @return why the executions run so far cannot be trusted to cover what the strategy meant to cover (e.g. the
     *     program diverged from a replayed prefix), or {@code null}; a non-null reason makes a passing exploration
     *     inconclusive
     */
    default String incompleteness() {
        return null;
    }

    /**
     * @return whether the strategy is systematic (DPOR): its passing result claims to cover every interleaving, so
     *     any execution that escaped the scheduler's control makes it no proof
     */
    default boolean systematic() {
        return false;
    }

    /** @return whether every execution this strategy will ever produce has been run (systematic strategies) */
    default boolean exhausted() {
        return false;
    }
}
