package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Phaser;

import dev.frontrun.conformance.Conformance;

/** Both parties write, arrive and await the advance, then read the other's value. */
public final class PhaserAdvance implements Conformance {
    @Override
    public void run() throws Exception {
        Phaser phaser = new Phaser(2);
        int[] value = {0, 0};
        Thread t = start(() -> {
            value[1] = 1;
            phaser.arriveAndAwaitAdvance();
            check(value[0] == 1, "read before the advance");
        });
        value[0] = 1;
        phaser.arriveAndAwaitAdvance();
        check(value[1] == 1, "read before the advance");
        join(t);
    }
}
