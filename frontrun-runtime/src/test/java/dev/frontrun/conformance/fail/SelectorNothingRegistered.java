package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.nio.channels.Selector;

import dev.frontrun.conformance.Conformance;

/** A selector loop with no channel registered: select() never returns. */
public final class SelectorNothingRegistered implements Conformance {
    private volatile boolean started;

    @Override
    public void run() throws Exception {
        try (Selector selector = Selector.open()) {
            Thread loop = start(() -> {
                started = true;
                selector.select();
            });
            join(loop);
        }
    }
}
