package sample;

/** The shared state of one execution. */
public final class Counter {
    int value;

    static void increment(Counter counter) {
        synchronized (counter) {
            int seen = counter.value; // frontrun: read
            counter.value = seen + 1; // frontrun: write
        }
    }
}
