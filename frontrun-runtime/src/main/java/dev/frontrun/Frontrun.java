package dev.frontrun;

import java.util.function.Supplier;

/**
 * Entry point of frontrun: deterministic concurrency testing for the JVM.
 *
 * <pre>{@code
 * ExplorationResult r = Frontrun.explore(Counter::new)
 *     .worker(Counter::increment)
 *     .worker(Counter::increment)
 *     .invariant(c -> c.value() == 2)
 *     .strategy(Strategy.random())
 *     .maxAttempts(200).seed(42)
 *     .run();
 * r.assertHolds();
 * }</pre>
 */
public final class Frontrun {

    private Frontrun() {
    }

    /**
     * Starts configuring an exploration: the code of the workers runs unmodified under a scheduler that controls
     * every interleaving of their shared-memory, lock, thread and socket operations.
     *
     * @param setup creates fresh state for every execution (runs outside the scheduler)
     * @param <S> the state type
     * @return the builder
     */
    public static <S> ExplorationBuilder<S> explore(Supplier<S> setup) {
        return new ExplorationBuilder<>(setup);
    }
}
