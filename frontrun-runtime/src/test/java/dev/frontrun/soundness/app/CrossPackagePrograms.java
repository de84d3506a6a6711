package dev.frontrun.soundness.app;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.soundness.domain.Counter;

/**
 * Explorations of a lost update on {@link Counter}, declared in {@code soundness.app} while the counter lives in
 * {@code soundness.domain}, a sibling package. Run in a fresh JVM (see {@code FindingsTest}) so that no earlier
 * exploration's includes have already instrumented the counter.
 */
final class CrossPackagePrograms {

    private CrossPackagePrograms() {
    }

    private static ExplorationBuilder<Counter> lostUpdate() {
        return Frontrun.explore(Counter::new)
                .worker(Counter::increment)
                .worker(Counter::increment)
                .invariant(c -> c.value() == 2)
                .reproductions(3);
    }

    /** @return DPOR with the default includes */
    static ExplorationResult dporWithDefaultIncludes() {
        return lostUpdate().strategy(Strategy.dpor()).maxAttempts(100_000).run();
    }

    /** @return random with the default includes */
    static ExplorationResult randomWithDefaultIncludes() {
        return lostUpdate().strategy(Strategy.random()).maxAttempts(2000).seed(42).run();
    }

    /** @return DPOR with the domain package included explicitly */
    static ExplorationResult dporIncludingTheDomain() {
        return lostUpdate().include("dev.frontrun.soundness.domain.*", "dev.frontrun.soundness.app.*")
                .strategy(Strategy.dpor()).maxAttempts(100_000).run();
    }
}
