package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import dev.frontrun.conformance.Conformance;

/** A thread joins the thread that joins it. */
public final class JoinCycle implements Conformance {
    @Override
    public void run() throws Exception {
        Thread main = Thread.currentThread();
        Thread t = start(main::join);
        join(t);
    }
}
