package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** awaitTermination gives up (in virtual time) while a task waits; once released, the pool terminates. */
public final class AwaitTerminationTimeoutExpected implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        CountDownLatch release = new CountDownLatch(1);
        pool.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pool.shutdown();
        check(!pool.awaitTermination(1, TimeUnit.SECONDS), "the pool terminated with a task still waiting");
        release.countDown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate once released");
    }
}
