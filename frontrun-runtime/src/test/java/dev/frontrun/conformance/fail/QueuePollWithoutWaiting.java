package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import dev.frontrun.conformance.Conformance;

/** poll() does not wait: the consumer can find the queue still empty. */
public final class QueuePollWithoutWaiting implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = start(() -> queue.put(1));
        Integer got = queue.poll();
        join(producer);
        check(got != null, "the queue was still empty");
    }
}
