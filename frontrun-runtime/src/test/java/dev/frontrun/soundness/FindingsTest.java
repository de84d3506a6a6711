package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * One small program per finding of issue 10 ("What was seen"), each asserting what a user relies on: a racy
 * program is VIOLATED (by DPOR within a few executions, and by random), its correct twin HOLDS with DPOR
 * exhaustive and with every contending order explored.
 */
class FindingsTest {

    // ---------------------------------------------------------------- 1. synchronized methods are locks

    static final class SeatMap {
        final Map<Integer, String> seats = new HashMap<>();
        int booked;

        synchronized boolean bookSafely(int seat, String who) {
            if (seats.putIfAbsent(seat, who) == null) {
                booked++;
                return true;
            }
            return false;
        }

        boolean bookInBlock(int seat, String who) {
            synchronized (this) {
                if (seats.putIfAbsent(seat, who) == null) {
                    booked++;
                    return true;
                }
                return false;
            }
        }
    }

    private static ExplorationBuilder<SeatMap> aliceAndBob(boolean method) {
        return Frontrun.explore(SeatMap::new)
                .worker(m -> book(m, method, "alice"))
                .worker(m -> book(m, method, "bob"))
                .invariant(m -> "alice".equals(m.seats.get(1))); // false whenever bob goes first
    }

    private static void book(SeatMap m, boolean method, String who) {
        if (method) {
            m.bookSafely(1, who);
        } else {
            m.bookInBlock(1, who);
        }
    }

    @Test
    void synchronizedMethodOrderIsExploredByDpor() {
        assertFoundByDpor(aliceAndBob(true), 3);
    }

    @Test
    void synchronizedMethodOrderIsFoundByRandom() {
        assertFoundByRandom(aliceAndBob(true));
    }

    @Test
    void synchronizedBlockOrderIsExploredByDpor() {
        assertFoundByDpor(aliceAndBob(false), 3);
    }

    @Test
    void synchronizedMethodTwinHoldsWithBothLockOrders() {
        ExplorationResult r = dpor(Frontrun.explore(SeatMap::new)
                .worker(m -> m.bookSafely(1, "alice"))
                .worker(m -> m.bookSafely(1, "bob"))
                .invariant(m -> m.booked == 1 && m.seats.size() == 1));
        assertExhaustiveHolds(r);
        assertEquals(2, r.executions(), "two threads behind one monitor: 2! orders; " + r.report());
    }

    static final class Counters {
        int value;

        synchronized void incMethod() {
            value = value + 1;
        }

        void incRacy() {
            value = value + 1;
        }
    }

    @Test
    void methodReferenceToASynchronizedMethodIsExploredWithoutDivergence() {
        for (int n = 2; n <= 3; n++) {
            int threads = n;
            ExplorationResult r = dpor(Frontrun.explore(Counters::new)
                    .workers(threads, Counters::incMethod)
                    .invariant(c -> c.value == threads));
            assertExhaustiveHolds(r);
            assertEquals(n == 2 ? 2 : 6, r.executions(), n + " threads behind one monitor: n! orders; " + r.report());
        }
    }

    @Test
    void methodReferenceToARacyMethodIsFound() {
        ExplorationResult r = dpor(Frontrun.explore(Counters::new)
                .workers(2, Counters::incRacy)
                .invariant(c -> c.value == 2));
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertEquals(2, r.executions(), "a lost update is the second execution; " + r.report());
    }

    // ---------------------------------------------------------------- 2. state held in JDK objects

    static final class Cache {
        final Map<String, Integer> map = new HashMap<>();
        final ConcurrentHashMap<String, Integer> concurrent = new ConcurrentHashMap<>();
        final ReentrantLock lock = new ReentrantLock();
        int computed;

        void checkThenAct() {
            if (!map.containsKey("k")) {
                computed++;
                map.put("k", 1);
            }
        }

        void getThenPut() {
            if (concurrent.get("k") == null) {
                computed++;
                concurrent.put("k", 1);
            }
        }

        void computeIfAbsent() {
            concurrent.computeIfAbsent("k", k -> {
                computed++;
                return 1;
            });
        }

        void merge() {
            concurrent.merge("k", 1, Integer::sum);
        }

        void lockedCheckThenAct() {
            lock.lock();
            try {
                checkThenAct();
            } finally {
                lock.unlock();
            }
        }
    }

    @Test
    void hashMapCheckThenActIsFoundByDpor() {
        assertFoundByDpor(Frontrun.explore(Cache::new).workers(2, Cache::checkThenAct).invariant(c -> c.computed == 1),
                3);
    }

    @Test
    void hashMapCheckThenActIsFoundByRandom() {
        assertFoundByRandom(Frontrun.explore(Cache::new).workers(2, Cache::checkThenAct)
                .invariant(c -> c.computed == 1));
    }

    @Test
    void concurrentHashMapGetThenPutIsFoundByDpor() {
        assertFoundByDpor(Frontrun.explore(Cache::new).workers(2, Cache::getThenPut).invariant(c -> c.computed == 1),
                3);
    }

    @Test
    void concurrentHashMapComputeIfAbsentHolds() {
        assertCorrectTwin(Frontrun.explore(Cache::new).workers(2, Cache::computeIfAbsent)
                .invariant(c -> c.computed == 1 && c.concurrent.get("k") == 1));
    }

    @Test
    void concurrentHashMapMergeHolds() {
        assertCorrectTwin(Frontrun.explore(Cache::new).workers(2, Cache::merge)
                .invariant(c -> c.concurrent.get("k") == 2));
    }

    @Test
    void lockAroundTheMapHolds() {
        assertCorrectTwin(Frontrun.explore(Cache::new).workers(2, Cache::lockedCheckThenAct)
                .invariant(c -> c.computed == 1));
    }

    static final class Lists {
        final List<Integer> plain = new ArrayList<>();
        final List<Integer> synced = Collections.synchronizedList(new ArrayList<>());
        final StringBuilder text = new StringBuilder();
    }

    @Test
    void arrayListAddFromTwoThreadsIsADataRace() {
        ExplorationResult r = dpor(Frontrun.explore(Lists::new)
                .worker(l -> l.plain.add(1)) // @alice-adds
                .worker(l -> l.plain.add(2)) // @bob-adds
                .invariant(l -> l.plain.size() == 2)); // true in every interleaving: only the race report can fail
        assertDataRace(r, "ArrayList.add", "alice-adds", "bob-adds");
    }

    @Test
    void stringBuilderAppendFromTwoThreadsIsADataRace() {
        ExplorationResult r = dpor(Frontrun.explore(Lists::new)
                .worker(l -> l.text.append('a')) // @alice-appends
                .worker(l -> l.text.append('b')) // @bob-appends
                .invariant(l -> l.text.length() == 2));
        assertDataRace(r, "StringBuilder.append", "alice-appends", "bob-appends");
    }

    @Test
    void synchronizedListHoldsAndIsNoDataRace() {
        assertCorrectTwin(Frontrun.explore(Lists::new)
                .worker(l -> l.synced.add(1))
                .worker(l -> l.synced.add(2))
                .invariant(l -> l.synced.size() == 2));
    }

    // ---------------------------------------------------------------- 4. threads the code under test starts

    static final class Counter {
        int value;
        final Object lock = new Object();

        void inc() {
            value = value + 1;
        }

        void lockedInc() {
            synchronized (lock) {
                value = value + 1;
            }
        }
    }

    static void submitTwo(Runnable task) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(task);
            Future<?> b = pool.submit(task);
            a.get();
            b.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    static void startTwo(Runnable task) {
        Thread a = new Thread(task);
        Thread b = new Thread(task);
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void racingTasksOfAWorkersOwnExecutorAreFoundByDpor() {
        assertFoundByDpor(Frontrun.explore(Counter::new).worker(c -> submitTwo(c::inc))
                .invariant(c -> c.value == 2), Integer.MAX_VALUE);
    }

    @Test
    void lockedTasksOfAWorkersOwnExecutorHold() {
        assertCorrectTwin(Frontrun.explore(Counter::new).worker(c -> submitTwo(c::lockedInc))
                .invariant(c -> c.value == 2));
    }

    @Test
    void racingThreadsAWorkerStartsAreFoundByDpor() {
        assertFoundByDpor(Frontrun.explore(Counter::new).worker(c -> startTwo(c::inc))
                .invariant(c -> c.value == 2), Integer.MAX_VALUE);
    }

    @Test
    void lockedThreadsAWorkerStartsHold() {
        assertCorrectTwin(Frontrun.explore(Counter::new).worker(c -> startTwo(c::lockedInc))
                .invariant(c -> c.value == 2));
    }

    @Test
    void racingCompletableFuturesAreFoundByDpor() {
        assertFoundByDpor(Frontrun.explore(Counter::new).worker(c -> CompletableFuture.allOf(
                CompletableFuture.runAsync(c::inc), CompletableFuture.runAsync(c::inc)).join())
                .invariant(c -> c.value == 2), Integer.MAX_VALUE);
    }

    @Test
    void aLatchHandOffToAStartedThreadHolds() {
        // the child increments only after the parent's countDown: ordered, no race, but two threads DPOR must manage
        ExplorationResult r = dpor(Frontrun.explore(Counter::new).worker(c -> {
            CountDownLatch go = new CountDownLatch(1);
            Thread child = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                c.inc();
            });
            child.start();
            c.inc();
            go.countDown();
            try {
                child.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).worker(Counter::lockedInc).invariant(c -> c.value >= 2));
        assertExhaustiveHolds(r);
    }

    // ---------------------------------------------------------------- 5. method references to JDK methods

    @Test
    void atomicIncrementWorkersAreSeenByDpor() {
        // sequentially the reader sees 1; DPOR must run it before the first or after the second increment
        assertFoundByDpor(Frontrun.explore(AtomicInteger::new)
                .worker(AtomicInteger::incrementAndGet)
                .worker(a -> {
                    int seen = a.get();
                    if (seen != 1) {
                        throw new AssertionError("the reader saw " + seen);
                    }
                })
                .worker(AtomicInteger::incrementAndGet), Integer.MAX_VALUE);
    }

    // ---------------------------------------------------------------- helpers

    static <S> ExplorationResult dpor(ExplorationBuilder<S> b) {
        return b.strategy(Strategy.dpor()).maxAttempts(100_000).reproductions(3)
                .executionTimeout(Duration.ofSeconds(5)).totalTimeout(Duration.ofSeconds(60)).run();
    }

    static <S> void assertFoundByDpor(ExplorationBuilder<S> b, int within) {
        ExplorationResult r = dpor(b);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.executions() <= within, "found only after " + r.executions() + " executions, expected at most "
                + within + ": " + r.report());
        assertTrue(r.reproductionSuccesses() > 0, "the counterexample does not replay: " + r.report());
    }

    static <S> void assertFoundByRandom(ExplorationBuilder<S> b) {
        ExplorationResult r = b.strategy(Strategy.random()).maxAttempts(2000).seed(42).reproductions(3)
                .executionTimeout(Duration.ofSeconds(5)).totalTimeout(Duration.ofSeconds(60)).run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
    }

    static <S> void assertCorrectTwin(ExplorationBuilder<S> b) {
        ExplorationResult r = dpor(b);
        assertExhaustiveHolds(r);
        assertTrue(r.executions() >= 2, "two contending calls have two orders, DPOR ran " + r.executions()
                + ": the contention was not seen; " + r.report());
    }

    static void assertExhaustiveHolds(ExplorationResult r) {
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), "not exhaustive: " + r.report());
    }

    private static void assertDataRace(ExplorationResult r, String call, String first, String second) {
        assertEquals(Verdict.VIOLATED, r.verdict(), "a data race on a non-thread-safe JDK object: " + r.report());
        String report = r.report();
        assertTrue(report.contains(call), "the report should name " + call + ": " + report);
        for (String site : List.of(SourceMarkers.site(FindingsTest.class, first),
                SourceMarkers.site(FindingsTest.class, second))) {
            assertTrue(report.contains(site), "the report should name the call site " + site + ": " + report);
        }
        assertTrue(report.contains("Thread 0") && report.contains("Thread 1"),
                "the report should name both threads: " + report);
    }
}
