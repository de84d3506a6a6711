package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** tryLock, and lock when it fails: no increment is skipped. */
public final class TryLockWithFallback implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        int[] count = {0};
        Threads.Body increment = () -> {
            if (!lock.tryLock()) {
                lock.lock();
            }
            try {
                count[0]++;
            } finally {
                lock.unlock();
            }
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(count[0] == 2, "an increment was lost");
    }
}
