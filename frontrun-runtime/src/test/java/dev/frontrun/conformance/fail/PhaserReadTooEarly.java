package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Phaser;

import dev.frontrun.conformance.Conformance;

/** The other party's value is read before the phase advances. */
public final class PhaserReadTooEarly implements Conformance {
    @Override
    public void run() throws Exception {
        Phaser phaser = new Phaser(2);
        int[] value = {0};
        Thread t = start(() -> {
            value[0] = 1;
            phaser.arrive();
        });
        int seen = value[0];
        phaser.arriveAndAwaitAdvance();
        join(t);
        check(seen == 1, "read before the phase advanced");
    }
}
