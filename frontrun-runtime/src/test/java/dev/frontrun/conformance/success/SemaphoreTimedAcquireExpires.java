package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed tryAcquire nobody releases for expires. */
public final class SemaphoreTimedAcquireExpires implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore permits = new Semaphore(0);
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        check(!permits.tryAcquire(100, TimeUnit.MILLISECONDS), "got a permit nobody released");
        join(t);
    }
}
