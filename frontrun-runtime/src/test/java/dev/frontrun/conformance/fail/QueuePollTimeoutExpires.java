package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed poll that must get an element expires: the producer puts only afterwards. */
public final class QueuePollTimeoutExpires implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        CountDownLatch asked = new CountDownLatch(1);
        Thread producer = start(() -> {
            asked.await();
            queue.put(1);
        });
        Integer got = queue.poll(1, TimeUnit.SECONDS);
        asked.countDown();
        join(producer);
        check(got != null, "poll timed out");
    }
}
