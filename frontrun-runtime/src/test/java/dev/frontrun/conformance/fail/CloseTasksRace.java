package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** Two tasks of a pool closed by ExecutorService.close() (JDK 19+) increment a plain counter: an increment is lost. */
public final class CloseTasksRace implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] count = {0};
        pool.execute(() -> count[0]++);
        pool.execute(() -> count[0]++);
        close(pool);
        check(count[0] == 2, "an increment was lost");
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
