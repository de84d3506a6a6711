package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the opposite lock order: both threads take the locks in the same order. */
public final class SameLockOrder implements Program {

    static final class Locks {
        final Object first = new Object();
        final Object second = new Object();
        int done;
    }

    static void both(Locks s, Object outer, Object inner) {
        synchronized (outer) {
            synchronized (inner) {
                s.done++;
            }
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Locks::new)
                .worker(s -> both(s, s.first, s.second))
                .worker(s -> both(s, s.first, s.second))
                .invariant(s -> s.done == 2);
    }
}
