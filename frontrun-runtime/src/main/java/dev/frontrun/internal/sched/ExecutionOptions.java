package dev.frontrun.internal.sched;

/**
 * How an execution treats time and wake-ups.
 *
 * @param virtualClock whether managed threads see the virtual clock and timed waits expire in virtual time (only
 *     when no thread can run otherwise); {@code false}: the real clock, and a timed wait may return at any choice
 * @param spuriousWakeups whether a thread blocked in {@code Object.wait} or {@code LockSupport.park} may be woken
 *     spuriously (once per thread and execution), as the JDK allows; the strategy decides when
 */
public record ExecutionOptions(boolean virtualClock, boolean spuriousWakeups) {

    /** The default: virtual clock, spurious wake-ups on. */
    public static final ExecutionOptions DEFAULT = new ExecutionOptions(true, true);
}
