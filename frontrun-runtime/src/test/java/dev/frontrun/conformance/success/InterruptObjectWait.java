package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends Object.wait with InterruptedException. */
public final class InterruptObjectWait implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiter = start(() -> {
            synchronized (monitor) {
                try {
                    while (true) {
                        monitor.wait();
                    }
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
        });
        waiter.interrupt();
        join(waiter);
        check(interrupted.get(), "the wait was not interrupted");
    }
}
