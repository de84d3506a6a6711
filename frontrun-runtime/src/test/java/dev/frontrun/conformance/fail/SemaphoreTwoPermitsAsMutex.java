package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Semaphore;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A semaphore with two permits used as a mutex lets both threads in. */
public final class SemaphoreTwoPermitsAsMutex implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore mutex = new Semaphore(2);
        int[] count = {0};
        Threads.Body increment = () -> {
            mutex.acquire();
            try {
                count[0]++;
            } finally {
                mutex.release();
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
