package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.frontrun.conformance.Conformance;

/** An interrupt ends a long sleep with InterruptedException. */
public final class InterruptSleep implements Conformance {
    @Override
    public void run() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread sleeper = start(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        sleeper.interrupt();
        join(sleeper);
        check(interrupted.get(), "the sleep was not interrupted");
    }
}
