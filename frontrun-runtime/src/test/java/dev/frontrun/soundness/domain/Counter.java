package dev.frontrun.soundness.domain;

/**
 * A plain counter in a package of its own, beside (not below) the package of the tests that explore it: the
 * default includes derived from the test's lambdas do not cover it.
 */
public final class Counter {

    private int value;

    /** Increments with a lost update when two threads interleave between the read and the write. */
    public void increment() {
        int v = value;
        value = v + 1;
    }

    /** @return the value */
    public int value() {
        return value;
    }
}
