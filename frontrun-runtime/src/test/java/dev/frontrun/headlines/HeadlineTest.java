package dev.frontrun.headlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.catalogue.fail.LazyInitRace;
import dev.frontrun.catalogue.fail.LostUpdateCounter;
import dev.frontrun.catalogue.fail.LostWakeup;

/** The explanation's first line names the pattern a reader would look up. */
class HeadlineTest {

    @Test
    void anIfGuardedWaitIsAMissedSignal() {
        ExplorationResult r = new LostWakeup().explore().strategy(Strategy.dpor()).maxAttempts(100).run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        // the headline: the first line under "Race condition found after N interleavings."
        String headline = r.explanation().lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElse("");
        assertTrue(headline.strip().startsWith("Missed signal (lost wakeup): thread 1 notified"), r.explanation());
        assertTrue(r.explanation().contains("re-checks its condition"), r.explanation());
    }

    private static String headline(ExplorationResult r) {
        return r.explanation().lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElse("").strip();
    }

    @Test
    void twoThreadsCreatingTheObjectOfANullFieldAreALazyInitializationRace() {
        ExplorationResult r = new LazyInitRace().explore().strategy(Strategy.dpor()).run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(headline(r).startsWith("Lazy initialization race (check-then-act): threads 0 and 1 both found"
                + " Holder.instance null before either had set it, and each set it"), r.explanation());
    }

    @Test
    void anOverwrittenIncrementIsStillALostUpdate() {
        ExplorationResult r = new LostUpdateCounter().explore().strategy(Strategy.dpor()).run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(headline(r).startsWith("Lost update: threads 0 and 1 both read Counter.count"), r.explanation());
    }

    /** The null test is the field's own: a read of another field tested for null makes no lazy initialization. */
    static final class Cache {
        Object value;
        Object other;
        Object seenBy0;
        Object seenBy1;
    }

    @Test
    void aReadNotTestedForNullIsNoLazyInitialization() {
        ExplorationResult r = dev.frontrun.Frontrun.explore(Cache::new)
                .worker(c -> {
                    Object v = c.value;
                    if (c.other == null) {
                        c.value = new Object();
                    }
                    c.seenBy0 = v;
                })
                .worker(c -> c.value = new Object())
                .invariant(c -> c.seenBy0 == null)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(!headline(r).startsWith("Lazy initialization"), r.explanation());
    }
}
