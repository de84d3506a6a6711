package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** signalAll wakes both waiters. */
public final class ConditionSignalAllWakesBoth implements Conformance {
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
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        join(a, b);
    }
}
