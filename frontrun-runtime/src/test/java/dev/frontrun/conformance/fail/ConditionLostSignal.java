package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** The waiter checks outside the lock: the signal can come before it awaits. */
public final class ConditionLostSignal implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition changed = lock.newCondition();
        boolean[] ready = {false};
        Thread waiter = start(() -> {
            boolean seen;
            lock.lock();
            try {
                seen = ready[0];
            } finally {
                lock.unlock();
            }
            if (!seen) {
                lock.lock();
                try {
                    changed.await();
                } finally {
                    lock.unlock();
                }
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
