package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * Spin loops under DPOR: a thread that yields ({@code Thread.yield}, {@code Thread.onSpinWait}) waits for another,
 * so DPOR's free choice runs another thread next. It used to keep running the spinner, which then spun until the
 * execution's time limit and ended the exploration INCONCLUSIVE at its second execution. A spin loop has a trace
 * for every number of turns it spins, so DPOR is not exhaustive on one: the bounded result says so.
 */
class SpinLoopsTest {

    static final class Handoff {
        volatile boolean ready;
        int data;
        int seen;
        final AtomicBoolean locked = new AtomicBoolean();
        int count;
        int unguarded;
    }

    private static ExplorationResult dpor(ExplorationBuilder<Handoff> b) {
        return b.strategy(Strategy.dpor()).maxAttempts(300).executionTimeout(Duration.ofSeconds(5))
                .totalTimeout(Duration.ofSeconds(90)).run();
    }

    private static void awaitReady(Handoff h) {
        while (!h.ready) {
            Thread.yield();
        }
        h.seen = h.data;
    }

    private static void spinLockedIncrement(Handoff h) {
        while (!h.locked.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        h.count++;
        h.locked.set(false);
        h.unguarded = h.unguarded + 1;
    }

    @Test
    void aFlagPublishedBeforeItsDataIsFound() {
        ExplorationResult r = dpor(Frontrun.explore(Handoff::new)
                .worker(h -> {
                    h.ready = true;
                    h.data = 42;
                })
                .worker(SpinLoopsTest::awaitReady)
                .invariant(h -> h.seen == 42));
        Expect.found(r, 10);
    }

    @Test
    void aCorrectHandoffRunsToTheBoundWithoutHanging() {
        ExplorationResult r = dpor(Frontrun.explore(Handoff::new)
                .worker(h -> {
                    h.data = 42;
                    h.ready = true;
                })
                .worker(SpinLoopsTest::awaitReady)
                .invariant(h -> h.seen == 42));
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertFalse(r.exhaustive(), r.report());
        assertEquals(300, r.executions(), r.report());
    }

    @Test
    void aSpinLockKeepsItsCountAndTheUpdateOutsideItIsFound() {
        ExplorationResult guarded = dpor(Frontrun.explore(Handoff::new)
                .worker(SpinLoopsTest::spinLockedIncrement)
                .worker(SpinLoopsTest::spinLockedIncrement)
                .invariant(h -> h.count == 2));
        assertEquals(Verdict.HOLDS, guarded.verdict(), guarded.report());
        Expect.found(dpor(Frontrun.explore(Handoff::new)
                .worker(SpinLoopsTest::spinLockedIncrement)
                .worker(SpinLoopsTest::spinLockedIncrement)
                .invariant(h -> h.unguarded == 2)), 20);
    }
}
