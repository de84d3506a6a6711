package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CyclicBarrier;

import dev.frontrun.conformance.Conformance;

/** The other thread's value is read before the barrier. */
public final class BarrierReadTooEarly implements Conformance {
    @Override
    public void run() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        int[] value = {0};
        Thread t = start(() -> {
            value[0] = 1;
            barrier.await();
        });
        int seen = value[0];
        barrier.await();
        join(t);
        check(seen == 1, "read before the barrier");
    }
}
