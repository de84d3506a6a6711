package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A task scheduled one second ahead runs one second later in the program's clock. */
public final class ScheduledDelay implements Conformance {
    @Override
    public void run() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        long start = System.nanoTime();
        ScheduledFuture<Long> ran = pool.schedule(System::nanoTime, 1, TimeUnit.SECONDS);
        check(ran.get() - start >= TimeUnit.SECONDS.toNanos(1), "ran early");
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
    }
}
