package dev.frontrun.internal.sched;

/**
 * A managed thread as a strategy sees it at a choice point: its id (0.. in order of appearance), whether it may be
 * chosen, and the operation it will perform when chosen (blocked threads show what they wait for).
 *
 * @param id the thread id, stable within an execution (workers first, spawned threads after)
 * @param enabled whether choosing it now is allowed
 * @param pending its next operation
 */
public record ThreadView(int id, boolean enabled, Operation pending) {
}
