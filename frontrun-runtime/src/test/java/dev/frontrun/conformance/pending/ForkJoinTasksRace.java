package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

import dev.frontrun.conformance.Conformance;

/** Two tasks of the program's ForkJoinPool increment a plain counter. */
public final class ForkJoinTasksRace implements Conformance {
    @Override
    public void run() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        int[] count = {0};
        Future<?> a = pool.submit(() -> count[0]++);
        Future<?> b = pool.submit(() -> count[0]++);
        a.get();
        b.get();
        pool.shutdown();
        check(count[0] == 2, "an increment was lost");
    }
}
