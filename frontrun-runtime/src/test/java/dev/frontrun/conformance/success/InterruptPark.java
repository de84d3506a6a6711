package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.LockSupport;

import dev.frontrun.conformance.Conformance;

/** An interrupt makes park return with the flag set. */
public final class InterruptPark implements Conformance {
    @Override
    public void run() throws Exception {
        Thread parker = start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.park();
            }
        });
        parker.interrupt();
        join(parker);
    }
}
