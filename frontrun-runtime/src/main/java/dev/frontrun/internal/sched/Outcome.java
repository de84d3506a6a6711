package dev.frontrun.internal.sched;

/** How one execution ended. */
public enum Outcome {
    /** Every thread reached its end. */
    COMPLETED,
    /** A thread threw; the failure is the thread's exception. */
    EXCEPTION,
    /** Threads wait for each other in a cycle of locks or joins. */
    DEADLOCK,
    /** No thread can run, without a cycle (a lost wakeup, a park nobody unparks). */
    ALL_BLOCKED,
    /** The execution ran past its time limit. */
    TIMEOUT,
    /** The strategy could not follow its plan (a replayed schedule diverged). */
    DIVERGED,
    /** The harness failed. */
    ERROR
}
