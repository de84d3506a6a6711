package dev.frontrun.catalogue.fail;

import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** A ReentrantLock-guarded counter whose read and write take the lock separately. */
public final class SplitLockCounter implements Program {

    static final class Counter {
        final ReentrantLock lock = new ReentrantLock();
        int count;

        void increment() {
            int seen;
            lock.lock();
            try {
                seen = count;
            } finally {
                lock.unlock();
            }
            lock.lock();
            try {
                count = seen + 1;
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

    @Override
    public String expectedInExplanation() {
        return "Counter.count";
    }
}
