package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;

/** Three threads take three monitors in a cycle. */
public final class MonitorDeadlockOfThree implements Conformance {
    @Override
    public void run() throws Exception {
        Object[] m = {new Object(), new Object(), new Object()};
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            Object first = m[i];
            Object second = m[(i + 1) % 3];
            ts[i] = start(() -> {
                synchronized (first) {
                    synchronized (second) {
                        second.hashCode();
                    }
                }
            });
        }
        join(ts);
    }
}
