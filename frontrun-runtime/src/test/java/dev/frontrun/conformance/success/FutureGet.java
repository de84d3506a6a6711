package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** Future.get returns the task's result. */
public final class FutureGet implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> result = pool.submit(() -> 42);
        check(result.get() == 42, "wrong result");
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
    }
}
