package dev.frontrun.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.InconclusiveExplorationException;
import dev.frontrun.Interleaving;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

class ExplorationApiTest {

    static final class Box {
        int value;
        volatile boolean stop;
        final List<Integer> order = new ArrayList<>();
    }

    @Test
    void interleavingPrintsAndParsesBack() {
        Interleaving i = Interleaving.of(0, 0, 0, 1, 1, 0, 2);
        assertEquals("v1 0x3 1x2 0 2", i.toString());
        assertEquals(i, Interleaving.parse(i.toString()));
        assertThrows(IllegalArgumentException.class, () -> Interleaving.parse("0 1 2"));
        assertThrows(IllegalArgumentException.class, () -> Interleaving.parse("v1 0xz"));
    }

    @Test
    void optionsTheStrategyIgnoresAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Frontrun.explore(Box::new)
                .worker(b -> b.value++)
                .strategy(Strategy.replay(Interleaving.of(0)))
                .seed(3)
                .run());
        assertTrue(e.getMessage().contains("ignores seed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Frontrun.explore(Box::new).run());
    }

    @Test
    void assertHoldsThrowsTheExplanation() {
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> b.value = b.value + 1)
                .worker(b -> b.value = b.value + 1)
                .invariant(b -> b.value == 2)
                .seed(1)
                .run();
        AssertionError e = assertThrows(AssertionError.class, r::assertHolds);
        assertTrue(e.getMessage().startsWith("Race condition found after "), e.getMessage());
        assertTrue(e.getMessage().contains("Box.value"), e.getMessage());
        assertTrue(e.getMessage().contains("Reproduced 10/10 times (100%)"), e.getMessage());
        assertTrue(e.getMessage().contains("Seed: 1"), e.getMessage());
    }

    @Test
    void aSpinningWorkerTimesOutAndIsInconclusive() {
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> {
                    long spin = 0;
                    while (!b.stop) {
                        spin++;
                        if (spin < 0) {
                            return;
                        }
                    }
                })
                .executionTimeout(Duration.ofMillis(300))
                .maxAttempts(2)
                .run();
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r::report);
        assertTrue(r.inconclusiveReason().orElseThrow().contains("time limit"), r::report);
        assertThrows(InconclusiveExplorationException.class, r::assertHolds);
        // the first execution that hangs ends the exploration, naming the thread and its line
        assertEquals(1, r.executions(), r::report);
        assertTrue(r.inconclusiveReason().orElseThrow().startsWith("Thread 0 did not finish within the execution"
                + " time limit of 300 ms in execution 1; it is at ExplorationApiTest."), r::report);
    }

    @Test
    void spawnedThreadsAndJoinAreScheduled() {
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> {
                    Thread t = new Thread(() -> b.value = b.value + 1);
                    t.start();
                    b.value = b.value + 1;
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .invariant(b -> b.value == 2)
                .maxAttempts(300)
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Thread 1"), r::explanation);
    }

    @Test
    void joinedThreadsHold() {
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> {
                    Thread t = new Thread(() -> b.value = b.value + 1);
                    t.start();
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    b.value = b.value + 1;
                })
                .invariant(b -> b.value == 2)
                .maxAttempts(100)
                .run();
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
    }

    @Test
    void longRunsOfOneThreadAreCondensed() {
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> {
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                    b.value = b.value + 1;
                })
                .worker(b -> b.value = b.value + 100)
                .invariant(b -> b.value == 108)
                .strategy(Strategy.replay(Interleaving.parse("v1 0x2 1x4 0x60")))
                .reproductions(1)
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("more lines from Thread 0"), r::explanation);
        assertEquals(1, r.reproductionSuccesses(), r::report);
    }

    @Test
    void deadlockIsReportedWithItsCycle() {
        Object a = new Object();
        Object b = new Object();
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(x -> {
                    synchronized (a) {
                        synchronized (b) {
                            x.value++;
                        }
                    }
                })
                .worker(x -> {
                    synchronized (b) {
                        synchronized (a) {
                            x.value++;
                        }
                    }
                })
                .maxAttempts(500)
                .run();
        System.out.println(r.report());
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Lock-ordering deadlock detected: Thread"), r::explanation);
        assertTrue(r.explanation().contains("ExplorationApiTest.java:"), r::explanation);
        assertTrue(r.explanation().contains("holds Object#"), r::explanation);
    }

    @Test
    void sleepTakesNoTime() {
        long start = System.nanoTime();
        ExplorationResult r = Frontrun.explore(Box::new)
                .worker(b -> {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .maxAttempts(5)
                .run();
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "sleep was not virtual");
    }
}
