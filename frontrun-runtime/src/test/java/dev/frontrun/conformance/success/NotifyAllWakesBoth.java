package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** notifyAll wakes both waiters. */
public final class NotifyAllWakesBoth implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Threads.Body await = () -> {
            synchronized (monitor) {
                while (!ready[0]) {
                    monitor.wait();
                }
            }
        };
        Thread a = start(await);
        Thread b = start(await);
        synchronized (monitor) {
            ready[0] = true;
            monitor.notifyAll();
        }
        join(a, b);
    }
}
