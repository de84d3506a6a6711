package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;

/** The waiter checks its condition with if, not while: a spurious wakeup lets it through unsignalled. */
public final class IfGuardedWait implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            synchronized (monitor) {
                if (!ready[0]) {
                    monitor.wait();
                }
                check(ready[0], "woke without the signal");
            }
        });
        synchronized (monitor) {
            ready[0] = true;
            monitor.notifyAll();
        }
        join(waiter);
    }
}
