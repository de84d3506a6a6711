package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** offer() on a SynchronousQueue fails unless a taker is already waiting. */
public final class SynchronousOfferWithoutTaker implements Conformance {
    @Override
    public void run() throws Exception {
        SynchronousQueue<Integer> queue = new SynchronousQueue<>();
        Thread taker = start(() -> queue.poll(1, TimeUnit.SECONDS));
        boolean handed = queue.offer(1);
        join(taker);
        check(handed, "no taker was waiting");
    }
}
