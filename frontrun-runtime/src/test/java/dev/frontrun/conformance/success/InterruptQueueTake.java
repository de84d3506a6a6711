package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends take() on an empty queue. */
public final class InterruptQueueTake implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread taker = start(() -> {
            try {
                queue.take();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        taker.interrupt();
        join(taker);
        check(interrupted.get(), "take was not interrupted");
    }
}
