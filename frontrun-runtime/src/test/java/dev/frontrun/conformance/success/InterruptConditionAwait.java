package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends Condition.await with InterruptedException, the lock held again. */
public final class InterruptConditionAwait implements Conformance {
    @Override
    public void run() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Condition never = lock.newCondition();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiter = start(() -> {
            lock.lock();
            try {
                while (true) {
                    never.await();
                }
            } catch (InterruptedException e) {
                interrupted.set(lock.isHeldByCurrentThread());
            } finally {
                lock.unlock();
            }
        });
        waiter.interrupt();
        join(waiter);
        check(interrupted.get(), "the await was not interrupted with the lock held");
    }
}
