package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.frontrun.conformance.Conformance;

/** A timed exchange that must meet its partner expires: the partner comes only later. */
public final class ExchangerTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        Exchanger<Integer> exchanger = new Exchanger<>();
        CountDownLatch later = new CountDownLatch(1);
        Thread t = start(later::await);
        try {
            exchanger.exchange(1, 1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the exchange timed out");
        } finally {
            later.countDown();
            join(t);
        }
    }
}
