package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** awaitNanos with nobody signalling returns with no time left. */
public final class ConditionAwaitNanosExpires implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition never = lock.newCondition();
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        lock.lock();
        try {
            long left = TimeUnit.SECONDS.toNanos(1);
            while (left > 0) {
                left = never.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
        join(t);
    }
}
