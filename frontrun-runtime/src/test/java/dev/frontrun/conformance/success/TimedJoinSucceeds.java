package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed join that must not expire: the thread ends without waiting for anyone. */
public final class TimedJoinSucceeds implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicInteger work = new AtomicInteger();
        Thread t = start(work::incrementAndGet);
        t.join(10_000);
        check(!t.isAlive(), "join timed out");
    }
}
