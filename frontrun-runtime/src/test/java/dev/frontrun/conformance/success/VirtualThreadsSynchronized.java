package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two virtual threads increment a counter inside synchronized blocks (JDK 21+). */
public final class VirtualThreadsSynchronized implements Conformance {
    @Override
    public boolean supported() {
        return Threads.virtualThreads();
    }

    @Override
    public void run() throws Exception {
        Object lock = new Object();
        int[] count = {0};
        Threads.Body increment = () -> {
            synchronized (lock) {
                count[0]++;
            }
        };
        Thread a = Threads.startVirtual(increment);
        Thread b = Threads.startVirtual(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
