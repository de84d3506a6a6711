package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** A timed tryLock that must not expire: the holder lets go without waiting for anyone. */
public final class TimedTryLockSucceeds implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        int[] count = {0};
        Thread holder = start(() -> {
            lock.lock();
            try {
                count[0]++;
            } finally {
                lock.unlock();
            }
        });
        check(lock.tryLock(10, TimeUnit.SECONDS), "tryLock timed out");
        try {
            count[0]++;
        } finally {
            lock.unlock();
        }
        join(holder);
        check(count[0] == 2, "an increment was lost");
    }
}
