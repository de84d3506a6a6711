package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** invokeAny returns the result of a task that succeeded: one of the two. */
public final class InvokeAnyOneResult implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Callable<Integer> one = () -> 1;
        Callable<Integer> two = () -> 2;
        int first = pool.invokeAny(List.of(one, two));
        pool.shutdownNow();
        check(first == 1 || first == 2, "invokeAny returned no task's result");
    }
}
