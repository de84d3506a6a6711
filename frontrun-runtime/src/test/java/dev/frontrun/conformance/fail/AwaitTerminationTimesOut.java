package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** awaitTermination's time runs out (in virtual time) while a task still waits: the pool has not terminated. */
public final class AwaitTerminationTimesOut implements Conformance {
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
        boolean terminated = pool.awaitTermination(1, TimeUnit.SECONDS);
        release.countDown();
        check(terminated, "the pool had not terminated when awaitTermination gave up");
    }
}
