package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A sleep moves nanoTime, currentTimeMillis and Instant.now by exactly its length. */
public final class SleepAdvancesClocks implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        long nanos = System.nanoTime();
        long millis = System.currentTimeMillis();
        Instant instant = Instant.now();
        Thread.sleep(1500);
        check(System.nanoTime() - nanos == TimeUnit.MILLISECONDS.toNanos(1500), "nanoTime");
        check(System.currentTimeMillis() - millis == 1500, "currentTimeMillis");
        check(Duration.between(instant, Instant.now()).toMillis() == 1500, "Instant.now");
        join(t);
    }
}
