package dev.frontrun.internal.sched;

/** Where a managed thread is with respect to the scheduler. */
enum ThreadStatus {
    /** Started but not yet at its first scheduling point: the scheduler waits for it before choosing. */
    STARTING,
    /** Stopped at a scheduling point with a pending operation. */
    AT_POINT,
    /** Holds the run token: the only managed thread executing application code. */
    RUNNING,
    /** Inside {@code Object.wait}, not yet notified. */
    WAITING,
    /** Stuck in blocking the model does not cover; it runs on and rejoins at its next scheduling point. */
    DETACHED,
    /** Finished. */
    DONE
}
