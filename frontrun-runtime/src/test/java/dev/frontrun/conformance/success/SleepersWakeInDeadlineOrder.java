package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.conformance.Conformance;

/** Two sleepers wake in the order of their deadlines. */
public final class SleepersWakeInDeadlineOrder implements Conformance {
    @Override
    public void run() throws Exception {
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread late = start(() -> {
            Thread.sleep(200);
            order.add(2);
        });
        Thread early = start(() -> {
            Thread.sleep(100);
            order.add(1);
        });
        join(late, early);
        check(order.equals(List.of(1, 2)), "woke out of order: " + order);
    }
}
