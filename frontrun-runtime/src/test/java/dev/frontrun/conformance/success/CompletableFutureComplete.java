package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CompletableFuture;

import dev.frontrun.conformance.Conformance;

/** One thread completes a future the main thread waits on. */
public final class CompletableFutureComplete implements Conformance {
    @Override
    public void run() throws Exception {
        CompletableFuture<Integer> future = new CompletableFuture<>();
        Thread t = start(() -> future.complete(5));
        check(future.get() == 5, "wrong value");
        join(t);
    }
}
