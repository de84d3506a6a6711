package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** shutdownNow interrupts the running task's sleep: it does not finish its work. */
public final class ShutdownNowInterruptsSleep implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        pool.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(100);
                finished.set(true);
            } catch (InterruptedException e) {
                // the pool is stopping: the work is left undone
            }
        });
        started.await();
        pool.shutdownNow();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(finished.get(), "the task was interrupted before it finished");
    }
}
