package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import dev.frontrun.conformance.Conformance;

/** Unsynchronized lazy initialization creates two instances. */
public final class LazyInitTwice implements Conformance {
    @Override
    public void run() throws Exception {
        Object[] instance = {null};
        Object[] seen = new Object[2];
        Thread[] ts = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            ts[i] = start(() -> {
                if (instance[0] == null) {
                    instance[0] = new Object();
                }
                seen[me] = instance[0];
            });
        }
        join(ts);
        check(seen[0] == seen[1], "two instances");
    }
}
