package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.frontrun.conformance.Conformance;

/** supplyAsync on the program's pool, then thenApply, joined. */
public final class CompletableFutureChain implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int result = CompletableFuture.supplyAsync(() -> 21, pool).thenApply(x -> x * 2).join();
        check(result == 42, "wrong result");
        pool.shutdown();
    }
}
