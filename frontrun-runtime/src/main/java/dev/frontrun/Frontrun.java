package dev.frontrun;

import java.util.function.Supplier;

import dev.frontrun.internal.marker.MarkerHook;

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

    /**
     * An explicit trace marker: under a {@link TraceExecutor} the calling thread pauses here while a step naming it and
     * {@code name} is still ahead in the schedule. Elsewhere it does nothing. Use it where a {@code // frontrun: NAME}
     * comment cannot be placed (code whose sources are not at hand to the runtime).
     *
     * @param name the marker name
     */
    public static void marker(String name) {
        MarkerHook.explicit(name);
    }
}
