package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;

/** The waiter checks outside the monitor: the notification can come before it waits. */
public final class NotifyBeforeWait implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            boolean seen;
            synchronized (monitor) {
                seen = ready[0];
            }
            if (!seen) {
                synchronized (monitor) {
                    monitor.wait();
                }
            }
        });
        synchronized (monitor) {
            ready[0] = true;
            monitor.notifyAll();
        }
        join(waiter);
    }
}
