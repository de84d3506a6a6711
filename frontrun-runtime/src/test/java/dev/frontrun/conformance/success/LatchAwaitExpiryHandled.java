package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** The fixed twin of {@code LatchAwaitExpiresEarly}: a timed-out await waits on for the slow loader. */
public final class LatchAwaitExpiryHandled implements Conformance {
    @Override
    public boolean earlyExpiry() {
        return true;
    }

    @Override
    public void run() throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        AtomicInteger config = new AtomicInteger();
        Thread loader = start(() -> {
            config.set(42);
            loaded.countDown();
        });
        if (!loaded.await(1, TimeUnit.SECONDS)) {
            loaded.await();
        }
        check(config.get() == 42, "the configuration was used before it was loaded");
        join(loader);
    }
}
