package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** Opposite lock orders where one side waits with a timed tryLock and gives up: the work is skipped. */
public final class LockDeadlockWithTryLockTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        AtomicInteger done = new AtomicInteger();
        Thread t = start(() -> {
            b.lock();
            try {
                if (a.tryLock(50, TimeUnit.MILLISECONDS)) {
                    done.incrementAndGet();
                    a.unlock();
                }
            } finally {
                b.unlock();
            }
        });
        a.lock();
        try {
            if (b.tryLock(50, TimeUnit.MILLISECONDS)) {
                done.incrementAndGet();
                b.unlock();
            }
        } finally {
            a.unlock();
        }
        join(t);
        check(done.get() == 2, "a tryLock gave up");
    }
}
