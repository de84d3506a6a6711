package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** A timed exchange without a partner times out. */
public final class ExchangerTimeoutExpected implements Conformance {
    @Override
    public void run() throws Exception {
        Exchanger<Integer> exchanger = new Exchanger<>();
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        try {
            exchanger.exchange(1, 100, TimeUnit.MILLISECONDS);
            throw new AssertionError("exchanged with nobody");
        } catch (TimeoutException expected) {
            join(t);
        }
    }
}
