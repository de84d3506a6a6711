package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A counter incremented under the write lock of a ReentrantReadWriteLock. */
public final class WriteLockCounter implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] count = {0};
        Threads.Body increment = () -> {
            rw.writeLock().lock();
            try {
                count[0]++;
            } finally {
                rw.writeLock().unlock();
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
