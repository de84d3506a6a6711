package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.nio.channels.Selector;

import dev.frontrun.conformance.Conformance;

/**
 * The stopping thread wakes the selector before it sets the flag: the loop can use up the wake-up, see the flag
 * still clear, and select forever.
 */
public final class SelectorWakeupLost implements Conformance {
    private volatile boolean stop;

    @Override
    public void run() throws Exception {
        try (Selector selector = Selector.open()) {
            Thread loop = start(() -> {
                while (!stop) {
                    selector.select();
                }
            });
            selector.wakeup();
            stop = true;
            join(loop);
        }
    }
}
