package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.StampedLock;

import dev.frontrun.conformance.Conformance;

/** An optimistic read of two fields without validate sees a half-done write. */
public final class OptimisticReadUnvalidated implements Conformance {
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
        lock.tryOptimisticRead();
        int x = xy[0];
        int y = xy[1];
        join(writer);
        check(x == y, "torn read: " + x + "," + y);
    }
}
