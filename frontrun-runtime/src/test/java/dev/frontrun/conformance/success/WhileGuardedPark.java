package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import dev.frontrun.conformance.Conformance;

/** park() in a while loop: spurious returns park again. */
public final class WhileGuardedPark implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        Thread waiter = start(() -> {
            while (!ready.get()) {
                LockSupport.park();
            }
        });
        ready.set(true);
        LockSupport.unpark(waiter);
        join(waiter);
    }
}
