package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends Semaphore.acquire. */
public final class InterruptSemaphoreAcquire implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore none = new Semaphore(0);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiter = start(() -> {
            try {
                none.acquire();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        waiter.interrupt();
        join(waiter);
        check(interrupted.get(), "acquire was not interrupted");
    }
}
