package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** notify() wakes one of two waiters; the other waits forever. */
public final class NotifyWakesOnlyOne implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        int[] tokens = {0};
        Threads.Body await = () -> {
            synchronized (monitor) {
                while (tokens[0] == 0) {
                    monitor.wait();
                }
                tokens[0]--;
            }
        };
        Thread a = start(await);
        Thread b = start(await);
        synchronized (monitor) {
            tokens[0] = 2;
            monitor.notify();
        }
        join(a, b);
    }
}
