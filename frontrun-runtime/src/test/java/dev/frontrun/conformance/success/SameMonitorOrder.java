package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two threads take two monitors in the same order. */
public final class SameMonitorOrder implements Conformance {
    @Override
    public void run() throws Exception {
        Object a = new Object();
        Object b = new Object();
        Threads.Body both = () -> {
            synchronized (a) {
                synchronized (b) {
                    b.hashCode();
                }
            }
        };
        Thread t = start(both);
        both.run();
        join(t);
    }
}
