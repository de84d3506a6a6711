package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed barrier await with a missing party times out and breaks the barrier. */
public final class BarrierTimeoutBreaks implements Conformance {
    @Override
    public void run() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        try {
            barrier.await(100, TimeUnit.MILLISECONDS);
            throw new AssertionError("the barrier tripped with one party");
        } catch (TimeoutException expected) {
            check(barrier.isBroken(), "the barrier is not broken");
        }
        join(t);
    }
}
