package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the lost wakeup: the condition is checked in a loop under the lock. */
public final class GuardedWait implements Program {

    static final class Signal {
        final Object lock = new Object();
        boolean ready;
        boolean woke;
    }

    static void await(Signal s) {
        synchronized (s.lock) {
            while (!s.ready) {
                try {
                    s.lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        s.woke = true;
    }

    static void signal(Signal s) {
        synchronized (s.lock) {
            s.ready = true;
            s.lock.notifyAll();
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Signal::new)
                .worker(GuardedWait::await)
                .worker(GuardedWait::signal)
                .invariant(s -> s.woke);
    }
}
