package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.StampedLock;

import dev.frontrun.conformance.Conformance;

/** StampedLock is not reentrant: a second writeLock in the same thread blocks forever. */
public final class StampedLockNotReentrant implements Conformance {
    @Override
    public void run() throws Exception {
        StampedLock lock = new StampedLock();
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        lock.writeLock();
        lock.writeLock();
        join(t);
    }
}
