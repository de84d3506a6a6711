package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/**
 * A fixed-rate task is cancelled once it has counted down three times; {@code cancel(false)} does not wait for a
 * run in progress, so the third run's tick can land after the value read at the cancel.
 */
public final class FixedRateCancelledEarly implements Conformance {
    @Override
    public void run() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> task = pool.scheduleAtFixedRate(() -> {
            three.countDown();
            ticks.incrementAndGet();
        }, 0, 10, TimeUnit.MILLISECONDS);
        three.await();
        task.cancel(false);
        int atCancel = ticks.get();
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(ticks.get() == atCancel, "a tick landed after the task was cancelled");
    }
}
