package dev.frontrun.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Verdict;

class SmokeTest {

    static final class Counter {
        int count;

        void increment() {
            count = count + 1;
        }
    }

    static final class SyncCounter {
        int count;

        synchronized void increment() {
            count = count + 1;
        }
    }

    @Test
    void syncHolds() {
        long t = System.nanoTime();
        ExplorationResult r = Frontrun.explore(SyncCounter::new)
                .worker(SyncCounter::increment)
                .worker(SyncCounter::increment)
                .invariant(c -> c.count == 2)
                .maxAttempts(300)
                .run();
        System.out.println(r.report() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        assertEquals(Verdict.HOLDS, r.verdict());
    }

    @Test
    void plainSpeed() {
        long t = System.nanoTime();
        ExplorationResult r = Frontrun.explore(Counter::new)
                .worker(c -> c.increment())
                .worker(c -> c.increment())
                .invariant(c -> true)
                .maxAttempts(300)
                .run();
        System.out.println(r.report() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        t = System.nanoTime();
        r = Frontrun.explore(SyncCounter::new)
                .worker(c -> c.increment())
                .worker(c -> c.increment())
                .invariant(c -> c.count == 2)
                .maxAttempts(300)
                .run();
        System.out.println(r.report() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
    }

    @Test
    void replayMany() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < 40; i++) {
            ExplorationResult r = Frontrun.explore(Counter::new)
                    .worker(Counter::increment)
                    .worker(Counter::increment)
                    .invariant(c -> c.count == 2)
                    .strategy(dev.frontrun.Strategy.replay(dev.frontrun.Interleaving.parse("v1 0 1x3 0x2")))
                    .reproductions(0)
                    .run();
            String k = r.verdict() + " " + r.inconclusiveReason().orElse("");
            counts.merge(k, 1, Integer::sum);
        }
        System.out.println(counts);
    }

    @Test
    void findsLostUpdate() {
        ExplorationResult r = Frontrun.explore(Counter::new)
                .worker(Counter::increment)
                .worker(Counter::increment)
                .invariant(c -> c.count == 2)
                .maxAttempts(200)
                .run();
        System.out.println(r.report());
        assertEquals(Verdict.VIOLATED, r.verdict());
    }
}
