package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two threads increment a counter inside synchronized blocks. */
public final class SynchronizedCounter implements Conformance {
    @Override
    public void run() throws Exception {
        Object lock = new Object();
        int[] count = {0};
        Threads.Body increment = () -> {
            synchronized (lock) {
                count[0]++;
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
