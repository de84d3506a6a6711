package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** take() on a queue nobody fills blocks forever. */
public final class TakeFromEmptyQueue implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        queue.take();
        join(t);
    }
}
