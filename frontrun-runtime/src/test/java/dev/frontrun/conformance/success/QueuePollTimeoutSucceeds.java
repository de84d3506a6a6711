package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed poll that must not expire: the producer puts while it waits. */
public final class QueuePollTimeoutSucceeds implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Thread producer = start(() -> queue.put(1));
        Integer got = queue.poll(10, TimeUnit.SECONDS);
        join(producer);
        check(got != null && got == 1, "poll timed out");
    }
}
