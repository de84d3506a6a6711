package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Semaphore;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** The result of tryAcquire is ignored: both threads enter. */
public final class SemaphoreTryAcquireIgnored implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore mutex = new Semaphore(1);
        int[] count = {0};
        Threads.Body increment = () -> {
            boolean got = mutex.tryAcquire();
            count[0]++;
            if (got) {
                mutex.release();
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
