package dev.frontrun.internal.dpor;

/**
 * The kinds of visible operations a scheduler reports, grouped by the space their target lives in.
 * Two operations of different threads can only conflict when their kinds share a space (see {@link Dependence}).
 */
public enum OpKind {
    /** Reads a resource (the target). Two reads never conflict. */
    READ(Space.DATA),
    /** Writes a resource (the target). */
    WRITE(Space.DATA),
    /** Atomically reads and writes a resource (compare-and-set, getAndIncrement...). */
    READ_MODIFY_WRITE(Space.DATA),
    /** Reads and writes several resources at once: the operation's {@link Footprint} (the target is unused, 0). */
    FOOTPRINT(Space.DATA),
    /** Acquires a lock or monitor (the target); disabled while another thread holds it. Report only the outermost acquire of a reentrant lock. */
    LOCK_ACQUIRE(Space.MONITOR),
    /** Releases a lock or monitor (the target). Report only the outermost release of a reentrant lock. */
    LOCK_RELEASE(Space.MONITOR),
    /** Releases the monitor (the target) and starts waiting; the re-acquire after the wake-up is a later {@link #LOCK_ACQUIRE}. */
    WAIT(Space.MONITOR),
    /** Notifies one or all waiters of the monitor (the target), while holding it. */
    NOTIFY(Space.MONITOR),
    /** Parks the current thread; the target is the parking thread's id (its permit). */
    PARK(Space.PERMIT),
    /** Unparks the thread whose id is the target (gives it its permit). */
    UNPARK(Space.PERMIT),
    /** Starts the thread whose id is the target; everything that thread does happens after this. */
    SPAWN(Space.THREAD),
    /** Waits for the thread whose id is the target to end; disabled until it has. */
    JOIN(Space.THREAD),
    /** The last operation of a thread (target unused, 0). A {@link #JOIN} of this thread happens after it. */
    END(Space.THREAD);

    /** The namespace of an operation's target. */
    enum Space { DATA, MONITOR, PERMIT, THREAD }

    private final Space space;

    OpKind(Space space) {
        this.space = space;
    }

    Space space() {
        return space;
    }
}
