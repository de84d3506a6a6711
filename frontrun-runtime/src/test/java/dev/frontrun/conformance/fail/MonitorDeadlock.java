package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;

/** Two threads take two monitors in opposite orders. */
public final class MonitorDeadlock implements Conformance {
    @Override
    public void run() throws Exception {
        Object a = new Object();
        Object b = new Object();
        Thread t = start(() -> {
            synchronized (b) {
                synchronized (a) {
                    a.hashCode();
                }
            }
        });
        synchronized (a) {
            synchronized (b) {
                b.hashCode();
            }
        }
        join(t);
    }
}
