package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** The waiter checks its condition outside the lock: the notification can come before it waits, forever. */
public final class LostWakeup implements Program {

    static final class Signal {
        final Object lock = new Object();
        boolean ready;
        boolean woke;
    }

    static void await(Signal s) {
        if (!s.ready) {
            synchronized (s.lock) {
                try {
                    s.lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
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
                .worker(LostWakeup::await)
                .worker(LostWakeup::signal)
                .invariant(s -> s.woke);
    }

    @Override
    public String expectedInExplanation() {
        return "All threads are blocked";
    }
}
