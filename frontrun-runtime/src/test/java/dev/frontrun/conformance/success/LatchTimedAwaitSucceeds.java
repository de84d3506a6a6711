package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed await that must not expire: both counts come while it waits. */
public final class LatchTimedAwaitSucceeds implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        Thread a = start(done::countDown);
        Thread b = start(done::countDown);
        check(done.await(10, TimeUnit.SECONDS), "the await timed out");
        join(a, b);
    }
}
