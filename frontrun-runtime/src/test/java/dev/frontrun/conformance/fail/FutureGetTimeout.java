package dev.frontrun.conformance.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.frontrun.conformance.Conformance;

/** A timed Future.get that must succeed expires: the task waits for the caller. */
public final class FutureGetTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch gate = new CountDownLatch(1);
        Future<Integer> result = pool.submit(() -> {
            gate.await();
            return 1;
        });
        try {
            result.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("get timed out");
        } finally {
            gate.countDown();
            pool.shutdown();
        }
    }
}
