package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.nio.channels.Selector;

import dev.frontrun.conformance.Conformance;

/** Another thread stops a selector loop with a flag and wakeup(), before or during its select. */
public final class SelectorWakeup implements Conformance {
    private volatile boolean stop;

    @Override
    public void run() throws Exception {
        try (Selector selector = Selector.open()) {
            Thread loop = start(() -> {
                while (!stop) {
                    selector.select();
                }
            });
            stop = true;
            selector.wakeup();
            join(loop);
        }
    }
}
