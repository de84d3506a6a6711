package dev.frontrun;

import java.util.Set;
import java.util.function.LongFunction;

import dev.frontrun.internal.dpor.DporOptions;
import dev.frontrun.internal.dpor.SearchOrder;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.strategy.DporStrategy;
import dev.frontrun.internal.strategy.PctStrategy;
import dev.frontrun.internal.strategy.PosStrategy;
import dev.frontrun.internal.strategy.RandomStrategy;
import dev.frontrun.internal.strategy.ReplayStrategy;

/**
 * How an exploration chooses interleavings. Each strategy states which exploration options it uses; setting an
 * option the chosen strategy would ignore is an error, never silently dropped.
 */
public final class Strategy {

    /** Option name of {@link ExplorationBuilder#maxAttempts(int)}. */
    public static final String MAX_ATTEMPTS = "maxAttempts";
    /** Option name of {@link ExplorationBuilder#seed(long)}. */
    public static final String SEED = "seed";

    private final String name;
    private final LongFunction<SchedulingStrategy> factory;
    private final Set<String> options;
    private final boolean systematic;

    private Strategy(String name, LongFunction<SchedulingStrategy> factory, Set<String> options) {
        this(name, factory, options, false);
    }

    private Strategy(String name, LongFunction<SchedulingStrategy> factory, Set<String> options,
            boolean systematic) {
        this.name = name;
        this.factory = factory;
        this.options = options;
        this.systematic = systematic;
    }

    /** @return seeded random schedules in fair rounds with bursts of 1–8 steps (sometimes up to 32) */
    public static Strategy random() {
        return new Strategy("random", RandomStrategy::new, Set.of(MAX_ATTEMPTS, SEED));
    }

    /**
     * @param depth the bug depth: how many ordering constraints the bug needs (2 for most races)
     * @return probabilistic concurrency testing with the given depth
     */
    public static Strategy pct(int depth) {
        new PctStrategy(0, depth);
        return new Strategy("pct(" + depth + ")", seed -> new PctStrategy(seed, depth), Set.of(MAX_ATTEMPTS, SEED));
    }

    /** @return partial order sampling */
    public static Strategy pos() {
        return new Strategy("pos", PosStrategy::new, Set.of(MAX_ATTEMPTS, SEED));
    }

    /**
     * Systematic exploration with optimal DPOR (source sets and wakeup trees, Abdulla et al., JACM 2017): every
     * Mazurkiewicz trace of the workers' operations is run once, so "holds" covers every meaningfully different
     * interleaving at the agent's granularity when the result says the exploration was exhaustive.
     * It runs until it has explored everything (or the total timeout runs out); {@code maxAttempts}, when set,
     * bounds the number of executions, and a result cut by the bound says it is not exhaustive.
     *
     * @return unbounded DPOR
     */
    public static Strategy dpor() {
        return new Strategy("dpor", seed -> new DporStrategy(DporOptions.unbounded()), Set.of(MAX_ATTEMPTS), true);
    }

    /**
     * DPOR in another search order: the same traces when run to the end, met in another order, so a run bounded by
     * {@code maxAttempts} may find a deep bug sooner. The result's strategy name says which order ran.
     *
     * @param order {@link DporOrder#DEPTH_FIRST} (as {@link #dpor()}), {@link DporOrder#CONFLICT_FIRST} (threads
     *     about to race first) or {@link DporOrder#SEEDED} (random free choices from the exploration's seed)
     * @return DPOR in that order
     */
    public static Strategy dpor(DporOrder order) {
        String name = "dpor(" + order.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
        SearchOrder engineOrder = SearchOrder.valueOf(order.name());
        return new Strategy(name, seed -> new DporStrategy(DporOptions.unbounded().withOrder(engineOrder, seed)),
                order == DporOrder.SEEDED ? Set.of(MAX_ATTEMPTS, SEED) : Set.of(MAX_ATTEMPTS), true);
    }

    /**
     * DPOR that explores only interleavings with at most {@code preemptionBound} preemptions; never exhaustive
     * when the bound prunes anything, and the result says so.
     *
     * @param preemptionBound the most preemptions per execution, at least 0
     * @return bounded DPOR
     */
    public static Strategy dpor(int preemptionBound) {
        DporOptions options = DporOptions.unbounded().withPreemptionBound(preemptionBound);
        return new Strategy("dpor(" + preemptionBound + ")", seed -> new DporStrategy(options), Set.of(MAX_ATTEMPTS),
                true);
    }

    /**
     * @param interleaving a recorded schedule (from a result or {@link Interleaving#parse})
     * @return a strategy that runs exactly that schedule once
     */
    public static Strategy replay(Interleaving interleaving) {
        int[] choices = interleaving.choices();
        return new Strategy("replay", seed -> new ReplayStrategy(choices), Set.of());
    }

    /** @return the name shown in reports */
    public String name() {
        return name;
    }

    /**
     * @param option {@link #MAX_ATTEMPTS} or {@link #SEED}
     * @return whether this strategy takes that option (giving it one it ignores is an error)
     */
    public boolean uses(String option) {
        return options.contains(option);
    }

    /** @return whether the strategy explores systematically and so runs unbounded unless maxAttempts is set */
    boolean systematic() {
        return systematic;
    }

    LongFunction<SchedulingStrategy> factory() {
        return factory;
    }

    @Override
    public String toString() {
        return name;
    }
}
