package dev.frontrun.it.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.it.orm.HibernateFixture;

/** Demos 2 and 3 on the real database: the scheduler finds the lost update without markers. */
class ExplorationWalkthroughTest extends HibernateFixture {
    @Test
    void randomExplorationFindsTheLostUpdateWithin50AttemptsAndReplaysIt() {
        ExplorationResult r = ExploreDemo.explore(sf, Handler.BUGGY, Strategy.random(), 50, 5);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.executions() <= 50, r.report());
        assertTrue(r.reproductionSuccesses() >= 4, "replays reproduce it: " + r.report());
        assertTrue(r.explanation().contains("users(id=1)"), r.report());
    }

    @Test
    void dporFindsTheLostUpdateInTwoExecutionsAndExplainsItStatementByStatement() {
        ExplorationResult r = ExploreDemo.explore(sf, Handler.BUGGY, Strategy.dpor(), 1000, 10);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertEquals(2, r.executions(), r.report());
        String text = r.report();
        assertTrue(text.startsWith("Race condition found after 2 interleavings."), text);
        assertTrue(text.contains("LoginHandlers.java:26"), text);
        assertTrue(text.contains("[read users(id=1)] select u1_0.id,u1_0.login_count"), text);
        assertTrue(text.contains("update users set login_count=?"), text);
        assertTrue(text.contains("SQL anomaly: Lost update on users(id=1)"), text);
        assertTrue(r.reproductionSuccesses() >= 9, text);
    }

    @Test
    void theFixedHandlersHoldUnderRandomExplorationAndDporProvesThemExhaustively() {
        assertTrue(Handler.FIXES.contains(Handler.OPTIMISTIC), Handler.FIXES.toString());
        for (Handler h : Handler.FIXES) {
            ExplorationResult random = ExploreDemo.explore(sf, h, Strategy.random(), 50, 5);
            assertEquals(Verdict.HOLDS, random.verdict(), h + ": " + random.report());
            ExplorationResult dpor = ExploreDemo.explore(sf, h, Strategy.dpor(), 200, 5);
            assertEquals(Verdict.HOLDS, dpor.verdict(), h + ": " + dpor.report());
            assertTrue(dpor.exhaustive(), h + ": " + dpor.report());
            assertEquals(2, h.read.applyAsInt(sf), h.name());
        }
    }
}
