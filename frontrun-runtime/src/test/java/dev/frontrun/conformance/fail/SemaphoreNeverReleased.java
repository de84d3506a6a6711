package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.Semaphore;

import dev.frontrun.conformance.Conformance;

/** A permit is taken and never given back: the next acquire blocks forever. */
public final class SemaphoreNeverReleased implements Conformance {
    @Override
    public void run() throws Exception {
        Semaphore permits = new Semaphore(1);
        Thread t = start(permits::acquire);
        join(t);
        permits.acquire();
    }
}
