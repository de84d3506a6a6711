package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;

/**
 * A thread under the scheduler's control in one execution, with the model state the scheduler keeps for it.
 * Fields are guarded by the {@link Execution}'s monitor unless marked volatile.
 */
final class ManagedThread implements AutoCloseable {

    final int id;
    final Thread thread;
    volatile ThreadStatus status;
    Operation pending;

    /** Set while the thread waits inside a monitor for its turn (never stuck: it is the scheduler's wait). */
    volatile boolean awaitingTurn;
    /** Set while the thread runs scheduler code, so hooks reached from there pass through. */
    volatile boolean inHook;
    /** Set while the thread is inside a blocking call the model does not cover (socket I/O). */
    volatile boolean inBlockingCall;
    /** How deep it is inside JDBC calls: socket I/O there is part of the statement, not a scheduling point. */
    volatile int jdbcDepth;
    /** When it got the run token (or started), for the watchdog. */
    volatile long since;
    /** Whether the thread has begun running its body (a pooled worker may still be waking up). */
    volatile boolean begun;

    /** Chosen while it waits inside {@code waitMonitor.wait}: the chooser has yet to notify the monitor. */
    volatile boolean wakePending;
    /** The monitor it waits on (model) and the real object it parks on while waiting. */
    Object waitMonitor;
    int savedLockCount;
    boolean permit;
    /** After an I/O action on a loopback connection: the other end, to wait for the kernel to show it. */
    Object ioSettle;
    /** The hidden java.util.concurrent state the thread's current step touches (see {@link JdkDomains}). */
    long hiddenDomain = JdkDomains.NONE;
    /** A monitor the watchdog turned into this thread's pending acquisition (the JVM had blocked it there). */
    Object convertedAcquire;
    Throwable failure;
    /** How many threads this thread has started in this execution (names its children, see {@link ThreadIds}). */
    int spawned;
    /** Identity hash of the monitor the JVM blocked it on when it was detached, else 0. */
    int blockedOn;

    /** The virtual time at which its pending timed wait expires ({@link #NO_DEADLINE} when it waits untimed). */
    long deadline = NO_DEADLINE;
    /** Its pending timed wait expired (the virtual clock reached {@link #deadline}). */
    boolean timedOut;
    /**
     * It was interrupted while stopped at a point: set by the model, because the thread itself clears the JVM's flag
     * while it waits for its turn (and sets it again when it resumes).
     */
    volatile boolean interruptPending;
    /** Whether its pending park was called by the application (only those may be woken spuriously). */
    boolean parkByApplication;
    /** How many spurious wake-ups the strategy may still give it in this execution. */
    int spuriousLeft = 1;
    /** Its last I/O call with a time limit timed out in the model (the call must now fail as the JDK's does). */
    boolean ioTimedOut;
    /** How many early expiries of a timed wait the strategy may still give it in this execution. */
    int earlyLeft = 1;

    static final long NO_DEADLINE = Long.MAX_VALUE;
    /** A timed wait under the real clock (the clock is off, or inside JDBC): always enabled, as before. */
    static final long REAL_DEADLINE = Long.MIN_VALUE;

    ManagedThread(int id, Thread thread, ThreadStatus status) {
        this.id = id;
        this.thread = thread;
        this.status = status;
        this.since = System.nanoTime();
    }

    /**
     * Leaves the scheduler: hooks reached from this thread count again. With {@link RuntimeHooks#enter}, which
     * marks the thread as inside, the one preamble of every hook: {@code try (me) { ... }}.
     */
    @Override
    public void close() {
        inHook = false;
    }

    boolean live() {
        return status != ThreadStatus.DONE;
    }

    @Override
    public String toString() {
        return "Thread " + id;
    }

    /**
     * Inside a call of the application on a java.util.concurrent object whose hidden state has no known extent (an
     * executor's {@code invokeAll} touches the futures it creates): the JDK's own points inside it (parks, unparks,
     * a future's steps) do not narrow what its steps touch. Ends at the thread's next point of its own.
     */
    boolean inUnknownCall;

    /** The executor call that creates the futures it waits for, which the thread is inside (see {@link CallScope}). */
    CallScope callScope;

    /**
     * The step after {@code op} touches the hidden state {@code op} names; an unpark's continues the step before. A
     * point the JDK reaches inside an executor call also touches the call's ({@link CallScope}).
     */
    void continueAfter(Operation op, Execution e) {
        if (!insideCall(op)) {
            inUnknownCall = op.call() != null && op.touchesConcurrencyState()
                    && op.hiddenDomain() == JdkDomains.UNKNOWN;
            callScope = CallScope.next(callScope, op.scope);
        } else if (callScope != null) {
            callScope.widen(op, e, this);
        }
        if (op.kind() != OpKind.UNPARK && op.kind() != OpKind.INTERRUPT) {
            hiddenDomain = op.touchesConcurrencyState() || op.kind() == OpKind.SPAWN ? op.hiddenDomain()
                    : JdkDomains.NONE;
        }
    }

    /** @return whether {@code op} is one the JDK performs inside a call (not a point of the thread's own code) */
    private static boolean insideCall(Operation op) {
        return switch (op.kind()) {
            case PARK, UNPARK, INTERRUPT, SPAWN -> true;
            default -> op.call() != null && op.site() < 0; // a pool's or future's internal point
        };
    }

    /** @return {@code domain}, or unknown inside a call whose hidden state has no known extent */
    long within(long domain) {
        return inUnknownCall && domain != JdkDomains.NONE ? JdkDomains.UNKNOWN : domain;
    }
}
