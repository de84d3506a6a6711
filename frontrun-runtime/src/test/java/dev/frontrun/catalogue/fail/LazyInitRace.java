package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Check-then-act lazy initialisation: two threads can each create their own instance. */
public final class LazyInitRace implements Program {

    static final class Holder {
        Object instance;
        Object seenBy0;
        Object seenBy1;

        Object get() {
            if (instance == null) {
                instance = new Object();
            }
            return instance;
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Holder::new)
                .worker(h -> h.seenBy0 = h.get())
                .worker(h -> h.seenBy1 = h.get())
                .invariant(h -> h.seenBy0 == h.seenBy1);
    }

    @Override
    public String expectedInExplanation() {
        return "Holder.instance";
    }
}
