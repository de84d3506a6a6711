package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** Condition.await in a while loop with signalAll under the lock. */
public final class ConditionGuardedAwait implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition changed = lock.newCondition();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            lock.lock();
            try {
                while (!ready[0]) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
        });
        lock.lock();
        try {
            ready[0] = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        join(waiter);
    }
}
