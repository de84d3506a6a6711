package dev.frontrun.internal.dpor;

/**
 * The program did not do what the replayed prefix expected: something outside the scheduler's control (time,
 * randomness, I/O, identity hash codes, an unreported thread or operation) changed its behaviour. The branch is
 * dropped, exploration goes on with the others, and it is reported as not exhaustive.
 *
 * @param execution the 1-based number of the execution in which it happened
 * @param step      the 0-based index of the scheduling step
 * @param expected  what the engine expected to happen at that step
 * @param actual    what the scheduler reported instead
 */
public record Divergence(long execution, int step, String expected, String actual) {

    /** @return a message that says what happened and what to check */
    public String message() {
        return "Execution " + execution + " diverged from its replayed prefix at step " + step + ": expected "
                + expected + " but the program reported " + actual
                + ". The program is not deterministic under the scheduler: look for time, randomness, I/O,"
                + " or threads and shared accesses the agent does not see.";
    }
}
