package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two virtual threads increment a plain counter (JDK 21+). */
public final class VirtualThreadsRace implements Conformance {
    @Override
    public boolean supported() {
        return Threads.virtualThreads();
    }

    @Override
    public void run() throws Exception {
        int[] count = {0};
        Thread a = Threads.startVirtual(() -> count[0]++);
        Thread b = Threads.startVirtual(() -> count[0]++);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
