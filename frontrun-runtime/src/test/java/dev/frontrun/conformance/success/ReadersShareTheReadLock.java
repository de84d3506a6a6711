package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two readers hold the read lock at the same time (each waits inside for the other). */
public final class ReadersShareTheReadLock implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        CountDownLatch inside = new CountDownLatch(2);
        Threads.Body read = () -> {
            rw.readLock().lock();
            try {
                inside.countDown();
                inside.await();
            } finally {
                rw.readLock().unlock();
            }
        };
        Thread a = start(read);
        Thread b = start(read);
        join(a, b);
    }
}
