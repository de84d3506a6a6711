package dev.frontrun.internal.sched;

/**
 * What keeps one execution from being fully controlled or fully seen: each a first occurrence with its place, or
 * {@code null} (or {@code false}) when it did not happen. A systematic exploration whose executions have any of them
 * is no proof.
 *
 * @param detached how the first thread that had to be detached was stuck (it then ran outside the scheduler's
 *     control)
 * @param unmanaged how an unmanaged thread ran application code
 * @param unmodelledCall a call the scheduler does not model (an asynchronous channel)
 * @param hiddenAccess a call whose effect no scheduling point shows (a field updater, a fork/join pool), and why
 * @param clockRead a clock read beside an early expiry, which DPOR does not order
 */
public record Caveats(String detached, String unmanaged, String unmodelledCall, String hiddenAccess,
        String clockRead) {
}
