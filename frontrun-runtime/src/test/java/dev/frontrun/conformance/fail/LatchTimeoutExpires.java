package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/** A timed await that must not expire does: only one of two counts ever comes. */
public final class LatchTimeoutExpires implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        Thread a = start(done::countDown);
        check(done.await(5, TimeUnit.SECONDS), "the await timed out");
        join(a);
    }
}
