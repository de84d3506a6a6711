package dev.frontrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class NaiveBaselineTest {

    static final class Counter {
        int value;
    }

    @Test
    void aCorrectProgramHasNoFailures() {
        NaiveResult r = NaiveBaseline.of(AtomicInteger::new)
                .worker(AtomicInteger::incrementAndGet)
                .worker(AtomicInteger::incrementAndGet)
                .invariant(c -> c.get() == 2)
                .trials(50).maxStartOffset(Duration.ofMillis(1)).seed(7)
                .run();
        assertEquals(50, r.trials());
        assertEquals(0, r.failures());
        assertTrue(r.toString().contains("Rate:     0.0%"), r.toString());
    }

    @Test
    void aRaceThatAlwaysManifestsIsCountedEveryTime() {
        // both read before either writes: a latch forces the lost update in every trial
        NaiveResult r = NaiveBaseline.of(() -> new Object[] {new Counter(), new CountDownLatch(2)})
                .worker(NaiveBaselineTest::readWaitWrite)
                .worker(NaiveBaselineTest::readWaitWrite)
                .invariant(s -> ((Counter) s[0]).value == 2)
                .trials(20).maxStartOffset(Duration.ofMillis(2))
                .run();
        assertEquals(20, r.failures());
        assertEquals("100.0%", r.ratePercent());
        assertTrue(r.firstFailure().startsWith("trial 1: the invariant was false"), r.firstFailure());
    }

    private static void readWaitWrite(Object[] s) {
        Counter c = (Counter) s[0];
        CountDownLatch both = (CountDownLatch) s[1];
        int read;
        synchronized (c) {
            read = c.value;
        }
        both.countDown();
        try {
            both.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (c) {
            c.value = read + 1;
        }
    }

    @Test
    void aHungTrialIsAFailureThatStopsTheTrialsAndKeepsTheFinishedOnes() {
        int[] trial = {0};
        NaiveResult r = NaiveBaseline.of(() -> new CountDownLatch(++trial[0] == 3 ? 1 : 0))
                .worker(l -> { })
                .worker(l -> {
                    try {
                        l.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                })
                .invariant(l -> true).trials(10).trialTimeout(Duration.ofMillis(300))
                .run();
        assertEquals(3, r.trials());
        assertEquals(1, r.failures());
        assertTrue(r.firstFailure().startsWith("trial 3: deadlock or hang: thread naive-1 did not end"),
                r.firstFailure());
        assertTrue(r.firstFailure().contains("NaiveBaselineTest"), r.firstFailure());
    }
}
