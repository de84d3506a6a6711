package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import dev.frontrun.conformance.Conformance;

/** A producer puts three values into a one-slot queue; the consumer takes all three. */
public final class ProducerConsumer implements Conformance {
    @Override
    public void run() throws Exception {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(1);
        Thread producer = start(() -> {
            for (int i = 1; i <= 3; i++) {
                queue.put(i);
            }
        });
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += queue.take();
        }
        join(producer);
        check(sum == 6, "lost a value");
    }
}
