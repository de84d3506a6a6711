package dev.frontrun.internal.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * The scheduler's own {@code LockSupport.unpark} (handing the run token over, stopping an execution), marked so that
 * the unpark hook does not take it for the application's: only an application's unpark gives a thread a permit in
 * the model.
 */
final class SchedulerUnpark {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private SchedulerUnpark() {
    }

    static void unpark(Thread t) {
        ACTIVE.set(Boolean.TRUE);
        try {
            LockSupport.unpark(t);
        } finally {
            ACTIVE.set(Boolean.FALSE);
        }
    }

    /** @return whether the current thread is inside {@link #unpark} */
    static boolean active() {
        return ACTIVE.get();
    }
}
