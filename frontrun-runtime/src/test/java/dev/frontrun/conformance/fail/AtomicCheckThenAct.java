package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** get and set on an atomic are two steps: an update is lost. */
public final class AtomicCheckThenAct implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicInteger value = new AtomicInteger();
        Threads.Body increment = () -> value.set(value.get() + 1);
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(value.get() == 2, "an increment was lost");
    }
}
