package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.frontrun.conformance.Conformance;

/** Downgrading: take the read lock before releasing the write lock; no writer comes between. */
public final class WriteLockDowngrade implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] value = {0};
        Thread writer = start(() -> {
            rw.writeLock().lock();
            try {
                value[0] = 2;
            } finally {
                rw.writeLock().unlock();
            }
        });
        rw.writeLock().lock();
        value[0] = 1;
        rw.readLock().lock();
        rw.writeLock().unlock();
        try {
            check(value[0] == 1, "a writer came between");
        } finally {
            rw.readLock().unlock();
        }
        join(writer);
    }
}
