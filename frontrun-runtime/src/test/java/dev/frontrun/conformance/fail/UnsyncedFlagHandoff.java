package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;

/** The consumer reads the data without waiting for the producer. */
public final class UnsyncedFlagHandoff implements Conformance {
    @Override
    public void run() throws Exception {
        int[] data = {0};
        boolean[] ready = {false};
        Thread producer = start(() -> {
            data[0] = 42;
            ready[0] = true;
        });
        int seen = ready[0] ? data[0] : -1;
        join(producer);
        check(seen == 42, "read before the producer was done");
    }
}
