package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A counter incremented under the read lock: readers do not exclude each other. */
public final class ReadLockForWrite implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] count = {0};
        Threads.Body increment = () -> {
            rw.readLock().lock();
            try {
                count[0]++;
            } finally {
                rw.readLock().unlock();
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
