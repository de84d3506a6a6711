package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * Issue 10's "fail closed, visibly" rules: a pattern that can never be instrumented is an error, not silently
 * dropped (finding 2: {@code .include("java.util.HashMap*")}); {@code Strategy.dpor()} is not cut by the sampling
 * strategies' default bound; a bounded DPOR run says {@code not exhaustive} in its first line; a certificate for
 * workers the agent saw no shared access in says so.
 */
class GuaranteesTest {

    static final class Counter {
        final Object lock = new Object();
        int value;

        void lockedInc() {
            synchronized (lock) {
                value = value + 1;
            }
        }
    }

    @Test
    void anIncludeOfJdkClassesIsAnErrorNamingThePattern() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Frontrun.explore(Counter::new)
                .include("java.util.HashMap*")
                .worker(Counter::lockedInc)
                .strategy(Strategy.dpor())
                .run());
        assertTrue(e.getMessage().contains("java.util.HashMap*"), e.getMessage());
    }

    @Test
    void dporIsUnboundedUnlessBounded() {
        // six threads behind one monitor: 720 orders, past the 200 executions the sampling strategies default to
        ExplorationResult r = Frontrun.explore(Counter::new)
                .workers(6, Counter::lockedInc)
                .invariant(c -> c.value == 6)
                .strategy(Strategy.dpor())
                .run();
        Expect.exhaustiveHolds(r);
        assertEquals(720, r.executions(), r.report());
    }

    @Test
    void aBoundedDporRunSaysNotExhaustiveInItsFirstLine() {
        ExplorationResult r = Frontrun.explore(Counter::new)
                .workers(4, Counter::lockedInc)
                .invariant(c -> c.value == 4)
                .strategy(Strategy.dpor())
                .maxAttempts(5)
                .run();
        assertTrue(!r.exhaustive(), r.report());
        String first = r.report().lines().findFirst().orElse("");
        assertTrue(first.contains("not exhaustive"), "first line: " + first);
    }

    @Test
    void aCertificateWithoutAnyObservedSharedAccessSaysSo() {
        ExplorationResult r = Frontrun.explore(Counter::new)
                .workers(2, c -> Math.abs(-1))
                .strategy(Strategy.dpor())
                .run();
        assertTrue(r.verdict() != Verdict.VIOLATED, r.report());
        assertTrue(r.report().contains("no shared state observed"), r.report());
    }
}
