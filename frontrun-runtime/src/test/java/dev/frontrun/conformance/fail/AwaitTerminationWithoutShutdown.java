package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** awaitTermination without shutdown times out: the pool never terminates. */
public final class AwaitTerminationWithoutShutdown implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        AtomicInteger count = new AtomicInteger();
        pool.submit(count::incrementAndGet);
        check(pool.awaitTermination(1, TimeUnit.SECONDS), "the pool did not terminate");
    }
}
