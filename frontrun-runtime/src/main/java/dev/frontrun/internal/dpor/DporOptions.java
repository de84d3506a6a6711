package dev.frontrun.internal.dpor;

/**
 * Options of one exploration.
 *
 * @param preemptionBound the most preemptions (switching away from a thread that could have continued) an
 *                        explored execution may contain, or -1 for no bound; when the bound prunes anything the
 *                        exploration is reported as not exhaustive
 * @param maxExecutions   the most executions to run ({@code Long.MAX_VALUE} for no limit); hitting it with work
 *                        left makes the exploration not exhaustive
 * @param order           which thread runs when the engine is free to choose (unbounded exploration only: with a
 *                        preemption bound the engine keeps the running thread, as the bound counts switches)
 * @param seed            the seed of {@link SearchOrder#SEEDED}
 */
public record DporOptions(int preemptionBound, long maxExecutions, SearchOrder order, long seed) {

    /** Depth-first options. */
    public DporOptions(int preemptionBound, long maxExecutions) {
        this(preemptionBound, maxExecutions, SearchOrder.DEPTH_FIRST, 0);
    }

    /** Validates the values. */
    public DporOptions {
        if (preemptionBound < -1) {
            throw new IllegalArgumentException("preemptionBound must be -1 (unbounded) or >= 0, was " + preemptionBound);
        }
        if (maxExecutions < 1) {
            throw new IllegalArgumentException("maxExecutions must be >= 1, was " + maxExecutions);
        }
    }

    /** @return no preemption bound, no execution limit */
    public static DporOptions unbounded() {
        return new DporOptions(-1, Long.MAX_VALUE);
    }

    /** @return these options with another preemption bound */
    public DporOptions withPreemptionBound(int bound) {
        return new DporOptions(bound, maxExecutions, order, seed);
    }

    /** @return these options with another execution limit */
    public DporOptions withMaxExecutions(long max) {
        return new DporOptions(preemptionBound, max, order, seed);
    }

    /** @return these options with another search order and seed */
    public DporOptions withOrder(SearchOrder searchOrder, long orderSeed) {
        return new DporOptions(preemptionBound, maxExecutions, java.util.Objects.requireNonNull(searchOrder),
                orderSeed);
    }
}
