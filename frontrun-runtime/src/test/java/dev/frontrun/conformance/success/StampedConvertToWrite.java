package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.StampedLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A read lock converted to the write lock, or released and retaken as the write lock. */
public final class StampedConvertToWrite implements Conformance {
    @Override
    public void run() throws Exception {
        StampedLock lock = new StampedLock();
        int[] count = {0};
        Threads.Body increment = () -> {
            long stamp = lock.readLock();
            try {
                long ws = lock.tryConvertToWriteLock(stamp);
                if (ws != 0L) {
                    stamp = ws;
                } else {
                    lock.unlockRead(stamp);
                    stamp = lock.writeLock();
                }
                count[0]++;
            } finally {
                lock.unlock(stamp);
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
