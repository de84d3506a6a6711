package dev.frontrun.internal.sched;

/**
 * A managed thread as a strategy sees it at a choice point: its id (0.. in order of appearance), whether it may be
 * chosen, and the operation it will perform when chosen (blocked threads show what they wait for).
 *
 * @param id the thread id, stable within an execution (workers first, spawned threads after)
 * @param enabled whether choosing it now is allowed
 * @param pending its next operation
 * @param spurious whether it is blocked but may be woken spuriously (choosing it then is a spurious wake-up)
 */
public record ThreadView(int id, boolean enabled, Operation pending, boolean spurious) {

    /**
     * @param id the thread id
     * @param enabled whether choosing it now is allowed
     * @param pending its next operation
     */
    public ThreadView(int id, boolean enabled, Operation pending) {
        this(id, enabled, pending, false);
    }

    /** @return whether a strategy may choose it now (enabled, or as a spurious wake-up) */
    public boolean choosable() {
        return enabled || spurious;
    }
}
