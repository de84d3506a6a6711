package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends a join on a thread that still runs. */
public final class InterruptJoin implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Thread blocked = start(gate::await);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread joiner = start(() -> {
            try {
                blocked.join();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        joiner.interrupt();
        join(joiner);
        gate.countDown();
        join(blocked);
        check(interrupted.get(), "the join was not interrupted");
    }
}
