package dev.frontrun.internal.sched;

/**
 * How an execution treats time and wake-ups.
 *
 * @param virtualClock whether managed threads see the virtual clock and timed waits expire in virtual time (only
 *     when no thread can run otherwise); {@code false}: the real clock, and a timed wait may return at any choice
 * @param spuriousWakeups whether a thread blocked in {@code Object.wait} or {@code LockSupport.park} may be woken
 *     spuriously (once per thread and execution), as the JDK allows; the strategy decides when
 * @param earlyExpiry whether a pending timed wait may also expire while other threads can still run (once per
 *     thread and execution: they were merely slow), as the JDK allows; the strategy decides when. Only with the
 *     virtual clock (with the real one a timed wait may return at any choice anyway)
 */
public record ExecutionOptions(boolean virtualClock, boolean spuriousWakeups, boolean earlyExpiry) {

    /** The default: virtual clock, spurious wake-ups on, timed waits expire only when no thread can run. */
    public static final ExecutionOptions DEFAULT = new ExecutionOptions(true, true, false);

    /**
     * Without early expiry.
     *
     * @param virtualClock whether the virtual clock applies
     * @param spuriousWakeups whether spurious wake-ups may happen
     */
    public ExecutionOptions(boolean virtualClock, boolean spuriousWakeups) {
        this(virtualClock, spuriousWakeups, false);
    }
}
