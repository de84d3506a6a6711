package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** TimeUnit.sleep takes no wall time and moves the clock. */
public final class TimeUnitSleep implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        long nanos = System.nanoTime();
        TimeUnit.SECONDS.sleep(30);
        check(System.nanoTime() - nanos >= TimeUnit.SECONDS.toNanos(30), "the clock did not move");
        join(t);
    }
}
