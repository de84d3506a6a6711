package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A test program: a number of shared integer variables (all 0 initially) and the threads running from the start.
 * Thread ids are the positions in {@link #threads}; threads spawned later take the ids their spawn steps name.
 *
 * @param name    for messages
 * @param vars    how many shared variables
 * @param threads makers of a fresh body per execution, one per initial thread
 */
record Program(String name, int vars, List<Supplier<ThreadBody>> threads) {

    static Builder named(String name) {
        return new Builder(name);
    }

    static final class Builder {
        private final String name;
        private int vars;
        private final List<Supplier<ThreadBody>> threads = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder vars(int count) {
            this.vars = count;
            return this;
        }

        Builder thread(Supplier<ThreadBody> body) {
            threads.add(body);
            return this;
        }

        Program build() {
            return new Program(name, vars, List.copyOf(threads));
        }
    }
}
