package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** The latch counts one of two tasks: the main thread may read before the second is done. */
public final class LatchCountTooLow implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        Thread a = start(() -> { finished.incrementAndGet(); done.countDown(); });
        Thread b = start(() -> { finished.incrementAndGet(); done.countDown(); });
        done.await();
        check(finished.get() == 2, "read before both tasks finished");
        join(a, b);
    }
}
