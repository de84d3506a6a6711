package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CyclicBarrier;

import dev.frontrun.conformance.Conformance;

/** Each thread writes, meets the other at the barrier, then reads the other's value. */
public final class BarrierPhases implements Conformance {
    @Override
    public void run() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        int[] value = {0, 0};
        Thread t = start(() -> {
            value[1] = 1;
            barrier.await();
            check(value[0] == 1, "read before the barrier");
        });
        value[0] = 1;
        barrier.await();
        check(value[1] == 1, "read before the barrier");
        join(t);
    }
}
