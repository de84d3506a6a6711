package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CompletableFuture;

import dev.frontrun.conformance.Conformance;

/** getNow reads the future before it is completed. */
public final class CompletableFutureReadEarly implements Conformance {
    @Override
    public void run() throws Exception {
        CompletableFuture<Integer> future = new CompletableFuture<>();
        Thread t = start(() -> future.complete(1));
        int seen = future.getNow(0);
        join(t);
        check(seen == 1, "read before completion");
    }
}
