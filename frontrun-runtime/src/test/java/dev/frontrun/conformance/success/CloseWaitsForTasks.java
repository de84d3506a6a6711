package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** ExecutorService.close() (JDK 19+) shuts the pool down and waits: the task has run when it returns. */
public final class CloseWaitsForTasks implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicInteger ran = new AtomicInteger();
        pool.execute(() -> ran.incrementAndGet());
        close(pool);
        check(pool.isTerminated() && ran.get() == 1, "close returned before the task ran");
    }

    /** {@code pool.close()}, which this code (compiled for JDK 17) can only call by reflection. */
    private static void close(ExecutorService pool) throws ReflectiveOperationException {
        ExecutorService.class.getMethod("close").invoke(pool);
    }

    @Override
    public boolean supported() {
        return Runtime.version().feature() >= 19;
    }
}
