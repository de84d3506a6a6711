package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/** Two threads increment an AtomicInteger. */
public final class AtomicCounter implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicInteger count = new AtomicInteger();
        Thread a = start(count::incrementAndGet);
        Thread b = start(count::incrementAndGet);
        join(a, b);
        check(count.get() == 2, "an increment was lost");
    }
}
