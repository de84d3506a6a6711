package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Two threads take two locks in opposite orders: a lock-ordering deadlock. */
public final class OppositeLockOrder implements Program {

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
                .worker(s -> both(s, s.second, s.first))
                .invariant(s -> s.done == 2);
    }

    @Override
    public String expectedInExplanation() {
        return "Lock-ordering deadlock detected: Thread";
    }
}
