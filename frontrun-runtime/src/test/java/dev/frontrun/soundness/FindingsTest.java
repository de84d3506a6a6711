package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.frontrun.soundness.Expect.dpor;
import static dev.frontrun.soundness.Expect.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Verdict;

/**
 * One small program per finding of issue 10 ("What was seen") that can run in the test's own JVM, each asserting
 * what a user relies on: a racy program is VIOLATED (by DPOR within a few executions, and by random), its correct
 * twin HOLDS with DPOR exhaustive and with every contending order explored. Findings 3 and 5's order dependence
 * are in {@link ScopeTest}, finding 4 in {@link StartedThreadsTest}: both need fresh JVMs.
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
        Expect.found(dpor(aliceAndBob(true)), 3);
    }

    @Test
    void synchronizedMethodOrderIsFoundByRandom() {
        Expect.found(random(aliceAndBob(true)), 2000);
    }

    @Test
    void synchronizedBlockOrderIsExploredByDpor() {
        Expect.found(dpor(aliceAndBob(false)), 3);
    }

    @Test
    void synchronizedMethodTwinHoldsWithBothLockOrders() {
        ExplorationResult r = dpor(Frontrun.explore(SeatMap::new)
                .worker(m -> m.bookSafely(1, "alice"))
                .worker(m -> m.bookSafely(1, "bob"))
                .invariant(m -> m.booked == 1 && m.seats.size() == 1));
        Expect.exhaustiveHolds(r);
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
            Expect.exhaustiveHolds(r);
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
        Expect.found(dpor(Frontrun.explore(Cache::new).workers(2, Cache::checkThenAct)
                .invariant(c -> c.computed == 1)), 3);
    }

    @Test
    void hashMapCheckThenActIsFoundByRandom() {
        Expect.found(random(Frontrun.explore(Cache::new).workers(2, Cache::checkThenAct)
                .invariant(c -> c.computed == 1)), 2000);
    }

    @Test
    void concurrentHashMapGetThenPutIsFoundByDpor() {
        Expect.found(dpor(Frontrun.explore(Cache::new).workers(2, Cache::getThenPut)
                .invariant(c -> c.computed == 1)), 3);
    }

    @Test
    void concurrentHashMapComputeIfAbsentHolds() {
        Expect.correctTwin(dpor(Frontrun.explore(Cache::new).workers(2, Cache::computeIfAbsent)
                .invariant(c -> c.computed == 1 && c.concurrent.get("k") == 1)));
    }

    @Test
    void concurrentHashMapMergeHolds() {
        Expect.correctTwin(dpor(Frontrun.explore(Cache::new).workers(2, Cache::merge)
                .invariant(c -> c.concurrent.get("k") == 2)));
    }

    @Test
    void lockAroundTheMapHolds() {
        Expect.correctTwin(dpor(Frontrun.explore(Cache::new).workers(2, Cache::lockedCheckThenAct)
                .invariant(c -> c.computed == 1)));
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
        Expect.correctTwin(dpor(Frontrun.explore(Lists::new)
                .worker(l -> l.synced.add(1))
                .worker(l -> l.synced.add(2))
                .invariant(l -> l.synced.size() == 2)));
    }

    // ---------------------------------------------------------------- 5. method references to JDK methods

    @Test
    void atomicIncrementWorkersAreSeenByDpor() {
        // sequentially the reader sees 1; DPOR must run it before the first or after the second increment
        Expect.found(dpor(Frontrun.explore(AtomicInteger::new)
                .worker(AtomicInteger::incrementAndGet)
                .worker(a -> {
                    int seen = a.get();
                    if (seen != 1) {
                        throw new AssertionError("the reader saw " + seen);
                    }
                })
                .worker(AtomicInteger::incrementAndGet)), Integer.MAX_VALUE);
    }

    // ---------------------------------------------------------------- helpers

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
