package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/** The main thread reads the value after the latch opens. */
public final class LatchHandoff implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        int[] value = {0};
        Thread t = start(() -> {
            value[0] = 1;
            done.countDown();
        });
        done.await();
        check(value[0] == 1, "read before the count down");
        join(t);
    }
}
