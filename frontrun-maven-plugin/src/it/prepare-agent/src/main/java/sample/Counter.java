package sample;

/** A counter whose increment is a read and a write: two threads can lose one. */
public class Counter {
    int value;

    public void increment() {
        value = value + 1;
    }

    public int value() {
        return value;
    }
}
