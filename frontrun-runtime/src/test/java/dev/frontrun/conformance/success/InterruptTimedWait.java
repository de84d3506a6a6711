package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends a long timed wait before its timeout. */
public final class InterruptTimedWait implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiter = start(() -> {
            try {
                never.await(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        waiter.interrupt();
        join(waiter);
        check(interrupted.get(), "the timed await was not interrupted");
    }
}
