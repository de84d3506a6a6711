package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.frontrun.conformance.Conformance;

/** Upgrading a read lock to the write lock blocks forever. */
public final class ReadToWriteUpgrade implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        rw.readLock().lock();
        rw.writeLock().lock();
        join(t);
    }
}
