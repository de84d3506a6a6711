package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.frontrun.conformance.Conformance;

/** A timed barrier await that must trip expires: the other party arrives only later. */
public final class BarrierTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        CountDownLatch later = new CountDownLatch(1);
        Thread t = start(later::await);
        try {
            barrier.await(1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the barrier timed out");
        } finally {
            later.countDown();
            join(t);
        }
    }
}
