package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/**
 * A timed await whose result is ignored, as if one second were always enough: it times out while the loading
 * thread is merely slow, and the configuration is used before it is loaded (found only with early expiry).
 */
public final class LatchAwaitExpiresEarly implements Conformance {
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
        loaded.await(1, TimeUnit.SECONDS);
        check(config.get() == 42, "the configuration was used before it was loaded");
        join(loader);
    }
}
