package dev.frontrun.internal.sched;

/**
 * Timed waits that expire while other threads can still run. The JDK only promises that a timed wait returns at
 * some time after its deadline unless woken; a thread that would have woken it may simply be slow. With the option
 * on ({@link ExecutionOptions#earlyExpiry}), a thread in a pending timed wait of the virtual clock is offered to the
 * strategy like a spurious wake-up (once per thread and execution); choosing it moves the virtual clock to its
 * deadline, so it (and every wait with an earlier deadline) times out there. A timed wait that may also be woken
 * spuriously is offered the early expiry instead. The static methods are called with the execution's monitor held.
 */
final class EarlyExpiry {

    private static final StackWalker WALKER = StackWalker.getInstance();

    /** Where application code first read the clock while another thread's timed wait could expire early, or null. */
    private volatile String clockRead;

    /** @return whether the strategy may let {@code t}'s pending timed wait expire now, before nothing else can run */
    static boolean offered(Execution e, ManagedThread t) {
        if (!e.options.earlyExpiry() || !e.options.virtualClock() || t.earlyLeft <= 0 || !Model.timedWaiter(t)) {
            return false;
        }
        // a waiter that times out re-takes its monitor: only when that is free, as for a spurious wake-up
        return t.status != ThreadStatus.WAITING || e.resources.lock(t.pending.lock).freeFor(t);
    }

    /**
     * @return {@code op}, the pending operation of {@code t} as the strategy is shown it: with early expiry on, a
     *     timed wait of the virtual clock is marked {@link Operation#clocked}, since any other thread's early expiry
     *     moves the clock it waits on (and may end it)
     */
    static Operation shown(Execution e, ManagedThread t, Operation op) {
        if (e.options.earlyExpiry() && op != null && t.deadline != ManagedThread.NO_DEADLINE
                && t.deadline != ManagedThread.REAL_DEADLINE) {
            op.markClocked();
        }
        return op;
    }

    /** @return whether another thread than {@code me} could be let time out early now (a clock read races with it) */
    static boolean pendingBeside(Execution e, ManagedThread me) {
        for (ManagedThread t : e.threads) {
            if (t != me && offered(e, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A managed thread reads the virtual clock. A systematic exploration orders an early expiry only with the
     * scheduling points it conflicts with, not with clock reads between them; so when application code reads the
     * clock while another thread's timed wait could expire early, which value it reads is a choice DPOR does not
     * explore, and its exhaustive result is no proof ({@link #clockRead()}). The JDK's own reads (a timed wait
     * computing its deadline) only set when the waits expire, which the expiries themselves decide.
     */
    void noteClockRead(Execution e, ManagedThread me) {
        if (clockRead != null || !e.options.earlyExpiry()) {
            return;
        }
        synchronized (e) {
            if (!pendingBeside(e, me)) {
                return;
            }
        }
        String caller = WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> !c.startsWith("dev.frontrun.internal.")).findFirst().orElse(""));
        if (!caller.isEmpty() && !caller.startsWith("java.") && !caller.startsWith("jdk.")
                && !caller.startsWith("sun.") && !caller.startsWith("javax.")) {
            clockRead = caller;
        }
    }

    /**
     * @return why a systematic exploration is no proof: application code read the clock while a timed wait could
     *     expire early, or {@code null}
     */
    String clockRead() {
        String c = clockRead;
        return c == null ? null : "application code (" + c + ") read the clock while a timed wait could expire"
                + " early, and DPOR does not order clock reads with early expiries, so the exhaustive exploration is"
                + " no proof (explore without early expiry, or sample it with random, PCT or POS)";
    }

    /** Lets {@code t}'s timed wait expire now: the clock moves to its deadline, and every wait due by then expires. */
    static void expire(Execution e, ManagedThread t) {
        t.earlyLeft--;
        e.model.expireUpTo(t.deadline);
    }
}
