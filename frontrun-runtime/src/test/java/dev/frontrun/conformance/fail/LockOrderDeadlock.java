package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** Two threads take two ReentrantLocks in opposite orders. */
public final class LockOrderDeadlock implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        Thread t = start(() -> {
            b.lock();
            try {
                a.lock();
                a.unlock();
            } finally {
                b.unlock();
            }
        });
        a.lock();
        try {
            b.lock();
            b.unlock();
        } finally {
            a.unlock();
        }
        join(t);
    }
}
