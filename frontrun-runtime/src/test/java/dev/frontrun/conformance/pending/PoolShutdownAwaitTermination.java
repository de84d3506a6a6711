package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** Two pool tasks, shutdown, awaitTermination: both ran. */
public final class PoolShutdownAwaitTermination implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger count = new AtomicInteger();
        pool.submit(count::incrementAndGet);
        pool.submit(count::incrementAndGet);
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(count.get() == 2, "a task did not run");
    }
}
