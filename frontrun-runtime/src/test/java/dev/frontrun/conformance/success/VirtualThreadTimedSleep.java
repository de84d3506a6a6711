package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A virtual thread sleeps ten seconds of virtual time (JDK 21+). */
public final class VirtualThreadTimedSleep implements Conformance {
    @Override
    public boolean supported() {
        return Threads.virtualThreads();
    }

    @Override
    public void run() throws Exception {
        long start = System.nanoTime();
        Thread t = Threads.startVirtual(() -> Thread.sleep(10_000));
        join(t);
        check(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(10), "the sleep took no time in the clock");
    }
}
