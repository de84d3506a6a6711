package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A periodic task runs three times; then it is cancelled and the pool terminates. */
public final class ScheduledAtFixedRate implements Conformance {
    @Override
    public void run() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> ticks = pool.scheduleAtFixedRate(three::countDown, 0, 10, TimeUnit.MILLISECONDS);
        three.await();
        ticks.cancel(false);
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
    }
}
