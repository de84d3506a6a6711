package dev.frontrun.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.frontrun.ClockMode;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.scenario.Expect;

/** The JUnit 5 integration, run through the JUnit Platform the way Surefire runs it. */
class RaceTestTest {

    static final class Counter {
        int value;
        final Object lock = new Object();
    }

    static ExplorationResult lostUpdate() {
        return Frontrun.explore(Counter::new)
                .worker(c -> c.value = c.value + 1)
                .worker(c -> c.value = c.value + 1)
                .invariant(c -> c.value == 2)
                .strategy(Strategy.dpor())
                .reproductions(2)
                .run();
    }

    static final AtomicReference<ExplorationResult> REPLAYED = new AtomicReference<>();
    static final AtomicLong SLEPT = new AtomicLong();

    /** A lost update where one worker sleeps 5 ms first, measuring the sleep with {@code System.nanoTime()}. */
    static ExplorationResult sleepyLostUpdate() {
        return Frontrun.explore(Counter::new)
                .worker(c -> c.value = c.value + 1)
                .worker(c -> {
                    long start = System.nanoTime();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    SLEPT.set(System.nanoTime() - start);
                    c.value = c.value + 1;
                })
                .invariant(c -> c.value == 2)
                .strategy(Strategy.random())
                .clock(ClockMode.REAL)
                .seed(7)
                .reproductions(1)
                .run();
    }

    /** Fixtures: run only through the test kit (nested classes are not run by Surefire on their own). */
    static class Fixtures {
        @RaceTest
        void racy() {
            lostUpdate();
        }

        @RaceTest(expect = Expect.RACE)
        void documentedRace() {
            lostUpdate();
        }

        @RaceTest
        void locked() {
            Frontrun.explore(Counter::new)
                    .workers(2, c -> {
                        synchronized (c.lock) {
                            c.value = c.value + 1;
                        }
                    })
                    .invariant(c -> c.value == 2)
                    .strategy(Strategy.dpor())
                    .run();
        }

        @RaceTest
        void nothingExplored() {
        }

        @RaceTest
        void notSerializable() {
            Frontrun.explore(Counter::new)
                    .worker(c -> c.value = c.value + 1)
                    .worker(c -> c.value = c.value + 1)
                    .serializable(c -> c.value)
                    .strategy(Strategy.dpor())
                    .reproductions(1)
                    .run();
        }

        @RaceTest(expect = Expect.RACE)
        @Replay("v1 0x2 1x3 0x2")
        void replayed() {
            REPLAYED.set(lostUpdate());
        }

        @RaceTest(expect = Expect.RACE)
        void sleepy() {
            REPLAYED.set(sleepyLostUpdate());
        }

        @RaceTest(expect = Expect.RACE)
        @Replay("v1 0x2 1x6 0x2")
        void replayedOnTheRealClock() {
            REPLAYED.set(sleepyLostUpdate());
        }
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Fixtures.class, method)).execute()
                .testEvents();
    }

    private static String failure(Events events) {
        return events.failed().stream().findFirst().orElseThrow().getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                .getMessage();
    }

    @Test
    void aRaceFailsTheTestWithTheExplanationAsItsMessage() {
        Events e = run("racy");
        assertEquals(1, e.failed().count());
        String message = failure(e);
        assertTrue(message.startsWith("Race condition found after 2 interleavings."), message);
        assertTrue(message.contains("Counter.value") && message.contains("Interleaving: v1"), message);
    }

    @Test
    void aDocumentedRacePassesWhileItIsFoundAndTheFixedCodePasses() {
        assertEquals(1, run("documentedRace").succeeded().count());
        assertEquals(1, run("locked").succeeded().count());
    }

    @Test
    void theSerializabilityOracleJudgesARaceTestWithNoInvariant() {
        Events e = run("notSerializable");
        assertEquals(1, e.failed().count());
        String message = failure(e);
        assertTrue(message.contains("Not serializable: the final state 1 matches no serial order of the workers"
                + " (serial results: [0, 1] -> 2; [1, 0] -> 2)"), message);
    }

    @Test
    void aRaceTestThatExploresNothingFails() {
        Events e = run("nothingExplored");
        assertTrue(failure(e).contains("ran no exploration"), failure(e));
    }

    @Test
    void replayRunsTheRecordedInterleavingOnceInsteadOfTheStrategy() {
        Events e = run("replayed");
        assertEquals(1, e.succeeded().count());
        ExplorationResult r = REPLAYED.get();
        assertEquals(1, r.executions(), r.report());
        assertTrue(r.report().contains("Strategy: replay"), r.report());
    }

    @Test
    void replayKeepsTheExplorationsOtherOptions() {
        Events found = run("sleepy");
        assertEquals(1, found.succeeded().count(), () -> failure(found));
        Events e = run("replayedOnTheRealClock");
        assertEquals(1, e.succeeded().count(), () -> failure(e));
        ExplorationResult r = REPLAYED.get();
        assertEquals(1, r.executions(), r.report());
        assertEquals(7, r.seed(), r.report());
        // on the virtual clock the sleep would read exactly 5 ms: time stands still but for the expired wait
        assertTrue(SLEPT.get() != 5_000_000L, "slept " + SLEPT.get() + " ns: the replay ran on the virtual clock");
    }
}
