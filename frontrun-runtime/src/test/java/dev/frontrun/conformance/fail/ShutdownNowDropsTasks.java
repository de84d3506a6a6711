package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** shutdownNow returns the tasks not yet started: they never run. */
public final class ShutdownNowDropsTasks implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicInteger ran = new AtomicInteger();
        pool.submit(ran::incrementAndGet);
        pool.submit(ran::incrementAndGet);
        pool.shutdownNow();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(ran.get() == 2, "a task was dropped");
    }
}
