package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** Two async stages on the program's pool increment a plain counter. */
public final class CompletableFuturesRace implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] count = {0};
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> count[0]++, pool);
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> count[0]++, pool);
        CompletableFuture.allOf(a, b).join();
        pool.shutdown();
        check(count[0] == 2, "an increment was lost");
    }
}
