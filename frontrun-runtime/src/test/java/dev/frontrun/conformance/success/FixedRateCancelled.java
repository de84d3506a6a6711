package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A fixed-rate task cancelled after it counted three ticks runs no more once the pool has terminated. */
public final class FixedRateCancelled implements Conformance {
    @Override
    public void run() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> task = pool.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            three.countDown();
        }, 0, 10, TimeUnit.MILLISECONDS);
        three.await();
        task.cancel(false);
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        int after = ticks.get();
        check(task.isCancelled() && after >= 3, "cancelled after three ticks");
        Thread.sleep(50);
        check(ticks.get() == after, "the cancelled task ran again");
    }
}
