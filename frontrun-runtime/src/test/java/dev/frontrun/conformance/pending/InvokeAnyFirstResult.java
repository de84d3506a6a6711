package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.check;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** invokeAny on a pool of two returns whichever task succeeded first, not always the first one. */
public final class InvokeAnyFirstResult implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> one = () -> 1;
        Callable<Integer> two = () -> 2;
        int first = pool.invokeAny(List.of(one, two));
        pool.shutdownNow();
        check(first == 1, "invokeAny returned the second task's result");
    }
}
