package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.SynchronousQueue;

import dev.frontrun.conformance.Conformance;

/** put and take meet on a SynchronousQueue. */
public final class SynchronousHandoff implements Conformance {
    @Override
    public void run() throws Exception {
        SynchronousQueue<Integer> queue = new SynchronousQueue<>();
        Thread producer = start(() -> queue.put(1));
        check(queue.take() == 1, "wrong value");
        join(producer);
    }
}
