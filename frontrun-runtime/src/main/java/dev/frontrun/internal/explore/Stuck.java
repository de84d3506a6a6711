package dev.frontrun.internal.explore;

/**
 * A thread that did not finish within the execution's time limit: the exploration stops at the first such
 * execution (every further one that meets it would cost the whole limit again) and reports it, so that the scenario
 * harness can end its other strategies with the same cause.
 *
 * @param execution the 1-based number of the execution that ran past its limit
 * @param thread the thread's name ({@code b}, {@code 2}), or {@code null} when no thread was left when it ended
 * @param at where the thread was, {@code Job.spin(Job.java:24)} (the user's innermost frame), or {@code null}
 * @param limitMillis the execution's time limit
 */
public record Stuck(int execution, String thread, String at, long limitMillis) {

    /** @return {@code Thread b did not finish within the execution time limit of 10000 ms in execution 3; ...} */
    public String describe() {
        return (thread == null ? "a thread" : "Thread " + thread) + " did not finish within the execution time limit"
                + " of " + limitMillis + " ms in execution " + execution + (at == null ? "" : "; it is at " + at);
    }
}
