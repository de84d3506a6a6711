package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CyclicBarrier;

import dev.frontrun.conformance.Conformance;

/** A barrier for three parties that only two reach. */
public final class BarrierMissingParty implements Conformance {
    @Override
    public void run() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(3);
        Thread t = start(barrier::await);
        barrier.await();
        join(t);
    }
}
