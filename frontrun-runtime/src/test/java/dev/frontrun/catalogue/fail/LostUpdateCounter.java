package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Two threads increment a plain int: one increment can be lost. */
public final class LostUpdateCounter implements Program {

    static final class Counter {
        int count;

        void increment() {
            count = count + 1;
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Counter::new)
                .worker(c -> c.increment())
                .worker(c -> c.increment())
                .invariant(c -> c.count == 2);
    }

    @Override
    public String expectedInExplanation() {
        return "Lost update: threads 0 and 1 both read Counter.count";
    }
}
