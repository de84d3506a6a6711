package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;

/** wait() in a while loop: spurious wakeups wait again. */
public final class WhileGuardedWait implements Conformance {
    @Override
    public void run() throws Exception {
        Object monitor = new Object();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            synchronized (monitor) {
                while (!ready[0]) {
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
