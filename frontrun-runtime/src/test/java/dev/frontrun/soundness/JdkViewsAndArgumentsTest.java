package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static dev.frontrun.soundness.Expect.random;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;

/**
 * JDK objects reached other than as the receiver of a call: given to a JDK method or constructor
 * ({@code new ArrayList<>(map.values())}, {@code Collections.sort(list)}), or through a view (an iterator, an entry,
 * a stream, an unmodifiable wrapper made in the setup), or as an object of an application class that extends a JDK
 * collection (its inherited methods run uninstrumented JDK code). The collections are thread-safe ones, so no data race is
 * reported and only the order of the calls can show the bug: each racy program was an exhaustive DPOR HOLDS before
 * these were accesses; each correct twin still holds exhaustively.
 */
class JdkViewsAndArgumentsTest {

    /** The classic LRU cache: a {@code LinkedHashMap} in access order that drops its eldest entry. */
    static final class LruCache extends LinkedHashMap<String, Integer> {
        LruCache() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 2;
        }
    }

    static final class Registry extends ConcurrentHashMap<String, Integer> {
    }

    /** Counts its puts, then lets the JDK's put do the work. */
    static final class CountingMap extends HashMap<String, Integer> {
        @Override
        public Integer put(String key, Integer value) {
            return super.put(key, value);
        }
    }

    static final class Shop {
        final LruCache cache = new LruCache();
        final Registry registry = new Registry();
        final CountingMap counting = new CountingMap();
        final List<Integer> plain = new ArrayList<>(List.of(1));
        final List<Integer> list = new Vector<>(List.of(1));
        final Map<String, Integer> prices = Collections.synchronizedMap(new HashMap<>(Map.of("tea", 1)));
        final List<Integer> readOnly = Collections.unmodifiableList(list);
        final List<Integer> synced = Collections.synchronizedList(new ArrayList<>());
        final Object lock = new Object();
        int seen;
        boolean failed;
    }

    private static ExplorationBuilder<Shop> iterateWhileAdding(boolean locked) {
        return Frontrun.explore(Shop::new)
                .worker(s -> {
                    if (locked) {
                        synchronized (s.lock) {
                            s.list.add(2);
                        }
                    } else {
                        s.list.add(2);
                    }
                })
                .worker(s -> {
                    try {
                        if (locked) {
                            synchronized (s.lock) {
                                sum(s);
                            }
                        } else {
                            sum(s);
                        }
                    } catch (ConcurrentModificationException e) {
                        s.failed = true;
                    }
                })
                .invariant(s -> !s.failed);
    }

    private static void sum(Shop s) {
        int total = 0;
        for (int x : s.list) {
            total += x;
        }
        s.seen = total;
    }

    @Test
    void iteratingWhileAnotherThreadAddsIsFound() {
        Expect.found(dpor(iterateWhileAdding(false)), 3);
        Expect.found(random(iterateWhileAdding(false)), 2000);
    }

    @Test
    void iteratingUnderTheSameLockHolds() {
        Expect.correctTwin(dpor(iterateWhileAdding(true)));
    }

    @Test
    void aCopyOfACollectionReadsIt() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.list.add(2))
                .worker(s -> s.seen = new ArrayList<>(s.list).size())
                .invariant(s -> s.seen == 2)), 3);
    }

    @Test
    void anUnmodifiableViewMadeInTheSetupReadsTheList() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.list.add(2))
                .worker(s -> s.seen = s.readOnly.size())
                .invariant(s -> s.seen == 2)), 3);
    }

    @Test
    void collectionsSortChangesTheListItIsGiven() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> {
                    s.list.add(0);
                    Collections.sort(s.list);
                })
                .worker(s -> s.seen = s.list.get(0))
                .invariant(s -> s.seen == 1)), 3);
    }

    @Test
    void anEntryAndAStreamShowTheirCollection() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.prices.put("tea", 2))
                .worker(s -> {
                    for (Map.Entry<String, Integer> e : s.prices.entrySet()) {
                        s.seen = e.getValue();
                    }
                })
                .invariant(s -> s.seen == 2)), 3);
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.list.add(2))
                .worker(s -> s.seen = (int) s.list.stream().filter(x -> x > 0).count())
                .invariant(s -> s.seen == 2)), 3);
    }

    @Test
    void twoThreadsIteratingOneListOnlyReadIt() {
        Expect.exhaustiveHolds(dpor(Frontrun.explore(Shop::new)
                .workers(2, JdkViewsAndArgumentsTest::sum)
                .invariant(s -> s.seen == 1)));
    }

    @Test
    void aSynchronizedWrapperUsedAloneHolds() {
        Expect.exhaustiveHolds(dpor(Frontrun.explore(Shop::new)
                .workers(2, s -> s.synced.add(1))
                .invariant(s -> s.synced.size() == 2)));
    }

    @Test
    void anAppClassExtendingAJdkMapIsThatMap() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .workers(2, s -> {
                    if (!s.registry.containsKey("tea")) {
                        s.seen++;
                        s.registry.put("tea", 1);
                    }
                })
                .invariant(s -> s.seen == 1)), 3);
        Expect.correctTwin(dpor(Frontrun.explore(Shop::new)
                .workers(2, s -> {
                    if (s.registry.putIfAbsent("tea", 1) == null) {
                        s.seen++;
                    }
                })
                .invariant(s -> s.seen == 1)));
    }

    @Test
    void anLruCacheSharedWithoutALockIsADataRaceAndHoldsUnderOne() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.cache.put("a", 1))
                .worker(s -> s.cache.put("b", 2))
                .invariant(s -> s.cache.size() == 2)), 3);
        Expect.correctTwin(dpor(Frontrun.explore(Shop::new)
                .worker(s -> {
                    synchronized (s.cache) {
                        s.cache.put("a", 1);
                    }
                })
                .worker(s -> {
                    synchronized (s.cache) {
                        s.seen = s.cache.size();
                    }
                })
                .invariant(s -> s.cache.size() == 1)));
    }

    @Test
    void varargsOfAFormatReadTheirObjects() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.list.add(2))
                .worker(s -> s.seen = String.format("%s", s.list).length())
                .invariant(s -> s.seen == "[1, 2]".length())), 3);
    }

    @Test
    void anOverridesSuperCallRunsTheJdkMethod() {
        Expect.found(dpor(Frontrun.explore(Shop::new)
                .workers(2, s -> {
                    if (!s.counting.containsKey("tea")) {
                        s.seen++;
                        s.counting.put("tea", 1);
                    }
                })
                .invariant(s -> s.seen == 1)), 3);
    }

    @Test
    void copyingAnArrayListWhileAnotherThreadAddsIsADataRace() {
        ExplorationResult r = dpor(Frontrun.explore(Shop::new)
                .worker(s -> s.plain.add(2))
                .worker(s -> s.seen = new ArrayList<>(s.plain).size()));
        Expect.found(r, 3);
        assertTrue(r.report().contains("Data race on ArrayList"), r.report());
    }
}
