package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed offer to a full queue nobody drains expires. */
public final class QueueOfferTimeoutFull implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
        queue.put(0);
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        check(!queue.offer(1, 100, TimeUnit.MILLISECONDS), "offered into a full queue");
        join(t);
    }
}
