package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** signal() wakes one of two waiters; the other waits forever. */
public final class SignalWakesOnlyOne implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition changed = lock.newCondition();
        boolean[] ready = {false};
        Threads.Body await = () -> {
            lock.lock();
            try {
                while (!ready[0]) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
        };
        Thread a = start(await);
        Thread b = start(await);
        lock.lock();
        try {
            ready[0] = true;
            changed.signal();
        } finally {
            lock.unlock();
        }
        join(a, b);
    }
}
