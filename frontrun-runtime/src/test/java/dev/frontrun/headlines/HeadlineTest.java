package dev.frontrun.headlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
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
}
