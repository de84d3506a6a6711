package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;

/** Two threads increment a plain counter: one update can be lost. */
public final class UnsyncedCounter implements Conformance {
    @Override
    public void run() throws Exception {
        int[] count = {0};
        Thread a = start(() -> count[0]++);
        Thread b = start(() -> count[0]++);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
