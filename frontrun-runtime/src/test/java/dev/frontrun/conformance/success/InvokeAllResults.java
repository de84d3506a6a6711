package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.frontrun.conformance.Conformance;

/** invokeAll on a single thread returns every task's result, each computed alone. */
public final class InvokeAllResults implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        int[] count = {0};
        Callable<Integer> inc = () -> ++count[0];
        List<Future<Integer>> results = pool.invokeAll(List.of(inc, inc));
        pool.shutdown();
        check(results.get(0).get() + results.get(1).get() == 3 && count[0] == 2, "the results are 1 and 2");
    }
}
