package dev.frontrun.catalogue.success;

import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the lost-update counter: an AtomicInteger. */
public final class AtomicCounter implements Program {

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(AtomicInteger::new)
                .worker(c -> c.incrementAndGet())
                .worker(c -> c.incrementAndGet())
                .invariant(c -> c.get() == 2);
    }
}
