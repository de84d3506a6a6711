package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** invokeAll runs two tasks that increment a plain counter on a pool of two: an increment is lost. */
public final class InvokeAllRace implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] count = {0};
        Callable<Void> inc = () -> {
            count[0]++;
            return null;
        };
        pool.invokeAll(List.of(inc, inc));
        pool.shutdown();
        check(count[0] == 2, "an increment was lost");
    }
}
