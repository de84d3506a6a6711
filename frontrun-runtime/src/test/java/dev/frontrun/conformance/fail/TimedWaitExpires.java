package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed wait that must be notified expires: the notifier waits for the waiter. */
public final class TimedWaitExpires implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            synchronized (monitor) {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                while (!ready[0] && deadline - System.nanoTime() > 0) {
                    monitor.wait(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1);
                }
                check(ready[0], "the wait timed out");
            }
        });
        join(waiter);
        synchronized (monitor) {
            ready[0] = true;
            monitor.notifyAll();
        }
    }
}
