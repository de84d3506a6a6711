package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/** A timed join that must see the thread end expires: the thread waits for the joiner. */
public final class JoinTimeoutExpires implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Thread t = start(gate::await);
        t.join(100);
        boolean ended = !t.isAlive();
        gate.countDown();
        join(t);
        check(ended, "join timed out");
    }
}
