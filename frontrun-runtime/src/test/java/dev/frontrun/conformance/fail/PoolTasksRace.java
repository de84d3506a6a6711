package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** Two pool tasks increment a plain counter. */
public final class PoolTasksRace implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] count = {0};
        pool.submit(() -> count[0]++);
        pool.submit(() -> count[0]++);
        pool.shutdown();
        check(pool.awaitTermination(10, TimeUnit.SECONDS), "the pool did not terminate");
        check(count[0] == 2, "an increment was lost");
    }
}
