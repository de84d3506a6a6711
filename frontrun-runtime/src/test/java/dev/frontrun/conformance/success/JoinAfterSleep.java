package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** The fixed twin of {@code SleepInsteadOfJoin}: the sleep stays, but the result is read after a join. */
public final class JoinAfterSleep implements Conformance {
    @Override
    public boolean earlyExpiry() {
        return true;
    }

    @Override
    public void run() throws Exception {
        AtomicInteger result = new AtomicInteger();
        Thread worker = start(() -> result.set(42));
        Thread.sleep(100);
        join(worker);
        check(result.get() == 42, "the result was read before it was written");
    }
}
