package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed tryAcquire that must succeed expires: the release comes only afterwards. */
public final class SemaphoreTimedAcquireExpires implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore permits = new Semaphore(0);
        CountDownLatch asked = new CountDownLatch(1);
        Thread t = start(() -> {
            asked.await();
            permits.release();
        });
        boolean got = permits.tryAcquire(1, TimeUnit.SECONDS);
        asked.countDown();
        join(t);
        check(got, "tryAcquire timed out");
    }
}
