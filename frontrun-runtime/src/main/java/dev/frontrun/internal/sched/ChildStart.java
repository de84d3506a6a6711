package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The parent's wait for a thread it started to reach its first scheduling point (see RuntimeHooks.threadStarted). */
final class ChildStart {

    private static final long POLL = TimeUnit.MICROSECONDS.toNanos(20);
    /** How long the child may stand blocked in the JVM before the parent gives up waiting for it. */
    private static final long BLOCKED_LIMIT = TimeUnit.MILLISECONDS.toNanos(2);
    /** The longest the parent waits, whatever the child does. */
    private static final long LIMIT = TimeUnit.SECONDS.toNanos(2);

    private ChildStart() {
    }

    static void awaitFirstPoint(Execution e, ManagedThread child) {
        long start = System.nanoTime();
        long blockedSince = 0;
        while (child.status == ThreadStatus.STARTING && !e.aborted) {
            long now = System.nanoTime();
            Thread.State s = child.thread.getState();
            if (s == Thread.State.TERMINATED || now - start > LIMIT) {
                return;
            }
            if (s == Thread.State.BLOCKED || s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING) {
                if (blockedSince == 0) {
                    blockedSince = now;
                } else if (now - blockedSince > BLOCKED_LIMIT) {
                    return;
                }
            } else {
                blockedSince = 0;
            }
            LockSupport.parkNanos(POLL);
        }
    }
}
