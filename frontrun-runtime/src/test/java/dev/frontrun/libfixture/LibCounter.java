package dev.frontrun.libfixture;

/** A counter that tests load from a jar, as a library class (not the application's own code). */
public class LibCounter implements Runnable {

    private int value;

    @Override
    public void run() {
        value = value + 1;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
