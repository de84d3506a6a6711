package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed tryAcquire that must not expire: the release comes while it waits. */
public final class SemaphoreTimedAcquireSucceeds implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore permits = new Semaphore(0);
        Thread t = start(permits::release);
        check(permits.tryAcquire(10, TimeUnit.SECONDS), "tryAcquire timed out");
        join(t);
    }
}
