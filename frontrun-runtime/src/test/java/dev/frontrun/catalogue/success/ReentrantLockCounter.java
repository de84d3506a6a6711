package dev.frontrun.catalogue.success;

import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the split-lock counter: the whole read-modify-write under one ReentrantLock hold. */
public final class ReentrantLockCounter implements Program {

    static final class Counter {
        final ReentrantLock lock = new ReentrantLock();
        int count;

        void increment() {
            lock.lock();
            try {
                count = count + 1;
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Counter::new)
                .worker(c -> c.increment())
                .worker(c -> c.increment())
                .invariant(c -> c.count == 2);
    }
}
