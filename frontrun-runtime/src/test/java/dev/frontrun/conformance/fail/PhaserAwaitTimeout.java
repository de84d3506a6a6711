package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.frontrun.conformance.Conformance;

/** A timed wait for the phase to advance expires: the other party arrives only later. */
public final class PhaserAwaitTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        Phaser phaser = new Phaser(2);
        CountDownLatch later = new CountDownLatch(1);
        Thread t = start(() -> {
            later.await();
            phaser.arrive();
        });
        int phase = phaser.arrive();
        try {
            phaser.awaitAdvanceInterruptibly(phase, 1, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the phase did not advance in time");
        } finally {
            later.countDown();
            join(t);
        }
    }
}
