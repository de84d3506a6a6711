package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** shutdownNow after the task's future completed interrupts nothing: the work is done. */
public final class ShutdownNowAfterTaskDone implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean finished = new AtomicBoolean();
        Future<?> task = pool.submit(() -> {
            Thread.sleep(100);
            finished.set(true);
            return null;
        });
        task.get();
        check(pool.shutdownNow().isEmpty(), "no task was left to drop");
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(finished.get(), "the task did not finish");
    }
}
