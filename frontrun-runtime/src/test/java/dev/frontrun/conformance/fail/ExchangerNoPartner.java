package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.Exchanger;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** An exchange nobody answers blocks forever. */
public final class ExchangerNoPartner implements Conformance {
    @Override
    public void run() throws Exception {
        Exchanger<Integer> exchanger = new Exchanger<>();
        AtomicInteger other = new AtomicInteger();
        Thread t = start(other::incrementAndGet);
        exchanger.exchange(1);
        join(t);
    }
}
