package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;

/** A deadline loop around wait(ms): notified in time, or the deadline passes in the program's clock. */
public final class TimedWaitLoop implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            synchronized (monitor) {
                long deadline = System.currentTimeMillis() + 100;
                long left;
                while (!ready[0] && (left = deadline - System.currentTimeMillis()) > 0) {
                    monitor.wait(left);
                }
                check(ready[0] || System.currentTimeMillis() >= deadline, "left the loop early");
            }
        });
        synchronized (monitor) {
            ready[0] = true;
            monitor.notifyAll();
        }
        join(waiter);
    }
}
