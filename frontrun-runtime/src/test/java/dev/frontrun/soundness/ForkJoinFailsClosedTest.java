package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Verdict;

/**
 * A fork/join pool's work stealing (which worker runs which task, and when) has no model, so DPOR cannot certify code
 * that uses one: it ends INCONCLUSIVE naming the call, never HOLDS, whatever the tasks do.
 */
class ForkJoinFailsClosedTest {

    static final class Tally {
        int leaves;
    }

    /** Splits once, then each half counts itself without a lock. */
    static final class CountLeaves extends RecursiveAction {
        private final Tally tally;
        private final boolean leaf;

        CountLeaves(Tally tally, boolean leaf) {
            this.tally = tally;
            this.leaf = leaf;
        }

        @Override
        protected void compute() {
            if (leaf) {
                tally.leaves = tally.leaves + 1;
            } else {
                invokeAll(new CountLeaves(tally, true), new CountLeaves(tally, true));
            }
        }
    }

    @Test
    void dporDoesNotCertifyForkJoinTasks() {
        ExplorationResult r = dpor(Frontrun.explore(Tally::new)
                .worker(t -> {
                    ForkJoinPool pool = new ForkJoinPool(2);
                    try {
                        pool.invoke(new CountLeaves(t, false));
                    } finally {
                        pool.shutdown();
                    }
                })
                .invariant(t -> t.leaves == 2));
        assertNotEquals(Verdict.HOLDS, r.verdict(), r.report());
        if (r.verdict() == Verdict.INCONCLUSIVE) {
            assertTrue(r.report().contains("work stealing"), r.report());
        }
    }
}
