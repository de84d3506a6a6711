package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** Two tasks of a scheduled pool increment a plain counter. */
public final class ScheduledTasksRace implements Conformance {
    @Override
    public void run() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
        int[] count = {0};
        ScheduledFuture<?> a = pool.schedule(() -> count[0]++, 0, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> b = pool.schedule(() -> count[0]++, 0, TimeUnit.MILLISECONDS);
        a.get();
        b.get();
        pool.shutdown();
        check(count[0] == 2, "an increment was lost");
    }
}
