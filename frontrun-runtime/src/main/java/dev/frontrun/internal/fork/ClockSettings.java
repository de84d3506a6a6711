package dev.frontrun.internal.fork;

/**
 * How a scenario's explorations treat time, from the plugin's {@code frontrun.clock}, {@code frontrun.spuriousWakeups}
 * and {@code frontrun.earlyExpiry} (the builder's {@code clock}, {@code spuriousWakeups} and {@code earlyExpiry}).
 *
 * @param realClock whether the code sees real time ({@code frontrun.clock=real}, for code that talks to a real
 *     external server) instead of the virtual clock
 * @param spuriousWakeups whether a blocked {@code wait}, {@code park} or {@code Condition.await} may wake without a
 *     notification
 * @param earlyExpiry whether a timed wait may also expire while other threads could still run
 */
public record ClockSettings(boolean realClock, boolean spuriousWakeups, boolean earlyExpiry) {

    /** The virtual clock, spurious wake-ups on, early expiry off: the builder's defaults. */
    public static final ClockSettings DEFAULT = new ClockSettings(false, true, false);

    /**
     * @param clock {@code virtual} or {@code real}, any case
     * @return whether it names the real clock
     * @throws IllegalArgumentException for anything else, naming the two values
     */
    public static boolean real(String clock) {
        String c = clock.strip().toLowerCase(java.util.Locale.ROOT);
        if (!c.equals("virtual") && !c.equals("real")) {
            throw new IllegalArgumentException("frontrun.clock is '" + clock + "': use virtual (the default) or real.");
        }
        return c.equals("real");
    }
}
