package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** Two threads take two ReentrantLocks in the same order. */
public final class SameLockOrder implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        int[] count = {0};
        Threads.Body both = () -> {
            a.lock();
            try {
                b.lock();
                try {
                    count[0]++;
                } finally {
                    b.unlock();
                }
            } finally {
                a.unlock();
            }
        };
        Thread t = start(both);
        both.run();
        join(t);
        check(count[0] == 2, "an increment was lost");
    }
}
