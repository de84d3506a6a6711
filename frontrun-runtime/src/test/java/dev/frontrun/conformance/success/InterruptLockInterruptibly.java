package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends lockInterruptibly on a lock the main thread holds. */
public final class InterruptLockInterruptibly implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        AtomicBoolean interrupted = new AtomicBoolean();
        lock.lock();
        try {
            Thread waiter = start(() -> {
                try {
                    lock.lockInterruptibly();
                    lock.unlock();
                    throw new AssertionError("got a lock the main thread holds");
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            });
            waiter.interrupt();
            join(waiter);
        } finally {
            lock.unlock();
        }
        check(interrupted.get(), "lockInterruptibly was not interrupted");
    }
}
