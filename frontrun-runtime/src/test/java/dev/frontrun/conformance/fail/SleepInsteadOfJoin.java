package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/**
 * A sleep taken for synchronization: the other thread is merely slow and has not written when the sleep ends
 * (found only with early expiry: otherwise a sleep ends when no other thread can run).
 */
public final class SleepInsteadOfJoin implements Conformance {
    @Override
    public boolean earlyExpiry() {
        return true;
    }

    @Override
    public void run() throws Exception {
        AtomicInteger result = new AtomicInteger();
        Thread worker = start(() -> result.set(42));
        Thread.sleep(100);
        check(result.get() == 42, "the result was read before it was written");
        join(worker);
    }
}
