package dev.frontrun.internal.dpor;

import java.util.HashMap;
import java.util.Map;

/**
 * Per monitor of the current execution (a Java monitor or a lock of the model, by target id): the index of its last
 * acquire and of its last event of any kind (acquire, release, wait, notify). {@link ExecutionRecord} orders all
 * operations of one monitor by the last event and finds lock races through the last acquire.
 */
final class MonitorRecord {

    private final Map<Long, State> monitors = new HashMap<>();

    private static final class State {
        int lastAcquire = -1;
        int lastEvent = -1;
    }

    void clear() {
        monitors.clear();
    }

    /** Records event {@code idx} as the last acquire of {@code lock} and returns the acquire before it, or -1. */
    int acquire(long lock, int idx) {
        State m = monitors.computeIfAbsent(lock, k -> new State());
        int prev = m.lastAcquire;
        m.lastAcquire = idx;
        return prev;
    }

    /** Records event {@code idx} as the last event of {@code lock} and returns the event before it, or -1. */
    int event(long lock, int idx) {
        State m = monitors.computeIfAbsent(lock, k -> new State());
        int prev = m.lastEvent;
        m.lastEvent = idx;
        return prev;
    }

    /** @return the last acquire of {@code lock}, or -1 when it has none (or was never touched) */
    int lastAcquire(long lock) {
        State m = monitors.get(lock);
        return m == null ? -1 : m.lastAcquire;
    }

    /** @return the last event of {@code lock}, or -1 */
    int lastEvent(long lock) {
        State m = monitors.get(lock);
        return m == null ? -1 : m.lastEvent;
    }
}
