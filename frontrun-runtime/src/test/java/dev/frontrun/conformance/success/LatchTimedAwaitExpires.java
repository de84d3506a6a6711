package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed await that must expire does, after its full timeout in the program's clock. */
public final class LatchTimedAwaitExpires implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        long start = System.nanoTime();
        check(!never.await(250, TimeUnit.MILLISECONDS), "the latch opened");
        check(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(250), "returned before the timeout");
        join(t);
    }
}
