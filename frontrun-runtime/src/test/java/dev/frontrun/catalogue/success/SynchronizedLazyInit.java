package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of the lazy-initialisation race: the check and the creation under one lock. */
public final class SynchronizedLazyInit implements Program {

    static final class Holder {
        Object instance;
        Object seenBy0;
        Object seenBy1;

        Object get() {
            synchronized (this) {
                if (instance == null) {
                    instance = new Object();
                }
                return instance;
            }
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Holder::new)
                .worker(h -> h.seenBy0 = h.get())
                .worker(h -> h.seenBy1 = h.get())
                .invariant(h -> h.seenBy0 == h.seenBy1);
    }
}
