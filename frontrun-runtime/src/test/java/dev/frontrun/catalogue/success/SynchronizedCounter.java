package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the lost-update counter: a synchronized method. */
public final class SynchronizedCounter implements Program {

    static final class Counter {
        int count;

        synchronized void increment() {
            count = count + 1;
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Counter::new)
                .worker(c -> c.increment())
                .worker(Counter::increment)
                .invariant(c -> c.count == 2);
    }
}
