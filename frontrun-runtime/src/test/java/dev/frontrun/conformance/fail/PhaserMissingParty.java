package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.Phaser;

import dev.frontrun.conformance.Conformance;

/** A phaser with three parties that only two arrive at. */
public final class PhaserMissingParty implements Conformance {
    @Override
    public void run() throws Exception {
        Phaser phaser = new Phaser(3);
        Thread t = start(phaser::arriveAndAwaitAdvance);
        phaser.arriveAndAwaitAdvance();
        join(t);
    }
}
