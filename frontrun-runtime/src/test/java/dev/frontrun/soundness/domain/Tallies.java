package dev.frontrun.soundness.domain;

/** A static total that code in other classes also changes directly. */
public final class Tallies {

    /** The total; reset by each exploration's setup. */
    public static int total;

    private Tallies() {
    }

    /** Adds one, with a lost update when two threads interleave between the read and the write. */
    public static void add() {
        total = total + 1;
    }

    /** The same under the class's monitor. */
    public static synchronized void addLocked() {
        total = total + 1;
    }
}
