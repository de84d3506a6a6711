package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** Nobody counts the latch down: the await blocks forever. */
public final class LatchNeverCounted implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger work = new AtomicInteger();
        Thread a = start(work::incrementAndGet);
        done.await();
        join(a);
    }
}
