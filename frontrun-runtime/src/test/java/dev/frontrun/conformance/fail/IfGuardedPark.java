package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import dev.frontrun.conformance.Conformance;

/** The parked thread checks its flag with if: park may return spuriously, before the unpark. */
public final class IfGuardedPark implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        Thread waiter = start(() -> {
            if (!ready.get()) {
                LockSupport.park();
            }
            check(ready.get(), "park returned before the unpark");
        });
        ready.set(true);
        LockSupport.unpark(waiter);
        join(waiter);
    }
}
