package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.StampedLock;

import dev.frontrun.conformance.Conformance;

/** An optimistic read validated, falling back to the read lock. */
public final class OptimisticReadValidated implements Conformance {
    @Override
    public void run() throws Exception {
        StampedLock lock = new StampedLock();
        int[] xy = {0, 0};
        Thread writer = start(() -> {
            long stamp = lock.writeLock();
            xy[0] = 1;
            xy[1] = 1;
            lock.unlockWrite(stamp);
        });
        long stamp = lock.tryOptimisticRead();
        int x = xy[0];
        int y = xy[1];
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                x = xy[0];
                y = xy[1];
            } finally {
                lock.unlockRead(stamp);
            }
        }
        join(writer);
        check(x == y, "torn read");
    }
}
