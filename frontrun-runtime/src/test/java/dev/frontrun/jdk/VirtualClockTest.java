package dev.frontrun.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.frontrun.ClockMode;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/** Timed waits expire in virtual time: no wall time passes, and the clocks the code reads agree with the waits. */
class VirtualClockTest {

    static final class Times {
        final AtomicLong elapsedNanos = new AtomicLong(-1);
        final AtomicLong elapsedMillis = new AtomicLong(-1);
        volatile boolean result = true;
        final CountDownLatch latch = new CountDownLatch(1);
        final ReentrantLock lock = new ReentrantLock();
        final Condition cond = lock.newCondition();
        /** A clock handed in as a method reference, as code that injects its clock does. */
        final java.util.function.LongSupplier nanos = System::nanoTime;
        final java.util.function.LongSupplier millis = System::currentTimeMillis;
    }

    private static ExplorationResult explore(java.util.function.Consumer<Times> worker,
            java.util.function.Predicate<Times> check, Strategy strategy) {
        return Frontrun.explore(Times::new).worker(worker).worker(t -> t.elapsedMillis.get())
                .invariant(check).strategy(strategy).maxAttempts(20).run();
    }

    @Test
    void sleepTakesVirtualTimeOnly() {
        long start = System.nanoTime();
        ExplorationResult r = explore(t -> {
            long n0 = System.nanoTime();
            long m0 = System.currentTimeMillis();
            Instant i0 = Instant.now();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            t.elapsedNanos.set(System.nanoTime() - n0);
            t.elapsedMillis.set(System.currentTimeMillis() - m0);
            t.result = java.time.Duration.between(i0, Instant.now()).toMillis() == 5_000;
        }, t -> t.elapsedNanos.get() == TimeUnit.SECONDS.toNanos(5) && t.elapsedMillis.get() == 5_000 && t.result,
                Strategy.random());
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "20 sleeps of 5 s took real time");
    }

    @Test
    void aClockGivenAsAMethodReferenceIsTheVirtualClock() {
        ExplorationResult r = explore(t -> {
            long n0 = t.nanos.getAsLong();
            long m0 = t.millis.getAsLong();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            t.elapsedNanos.set(t.nanos.getAsLong() - n0);
            t.elapsedMillis.set(t.millis.getAsLong() - m0);
        }, t -> t.elapsedNanos.get() == TimeUnit.SECONDS.toNanos(5) && t.elapsedMillis.get() == 5_000,
                Strategy.random());
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
    }

    @Test
    void timedJdkWaitsExpire() {
        ExplorationResult r = explore(t -> {
            try {
                long n0 = System.nanoTime();
                boolean counted = t.latch.await(10, TimeUnit.SECONDS);
                t.lock.lock();
                try {
                    long left = t.cond.awaitNanos(TimeUnit.SECONDS.toNanos(3));
                    t.result = !counted && left <= 0;
                } finally {
                    t.lock.unlock();
                }
                t.elapsedNanos.set(System.nanoTime() - n0);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, t -> t.result && t.elapsedNanos.get() == TimeUnit.SECONDS.toNanos(13), Strategy.dpor());
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
    }

    @Test
    void realClockOnRequest() {
        ExplorationResult r = Frontrun.explore(Times::new).worker(t -> {
            long n0 = System.nanoTime();
            try {
                t.result = t.latch.await(30, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            t.elapsedNanos.set(System.nanoTime() - n0);
        }).worker(t -> t.elapsedMillis.get()).invariant(t -> !t.result && t.elapsedNanos.get() >= 30_000_000)
                .clock(ClockMode.REAL).maxAttempts(3).run();
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
    }

    /**
     * With early expiry, DPOR does not order clock reads with the early expiries of other threads' timed waits: an
     * exploration in which application code reads the clock while another thread sleeps is no proof (one thread
     * measures how long a sleeping thread's partner took, which depends on when the sleep expires). Without early
     * expiry the same program is proved.
     */
    @Test
    void clockReadBesideAnEarlyExpiryIsNoProofForDpor() {
        for (boolean early : new boolean[] {true, false}) {
            ExplorationResult r = Frontrun.explore(Times::new)
                    .worker(t -> {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                        t.latch.countDown();
                    })
                    .worker(t -> t.elapsedNanos.set(System.nanoTime()))
                    .invariant(t -> t.elapsedNanos.get() != -1)
                    .strategy(Strategy.dpor()).earlyExpiry(early).run();
            if (early) {
                assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r::report);
                assertTrue(r.report().contains("read the clock while a timed wait could expire early"), r::report);
            } else {
                assertEquals(Verdict.HOLDS, r.verdict(), r::report);
                assertTrue(r.exhaustive(), r::report);
            }
        }
    }
}
