package dev.frontrun.internal.sched;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The threads the scheduler has ever managed (the pooled workers and every thread a managed thread started), so that
 * one of them still unwinding after its execution ended is not mistaken for a thread the scheduler never saw.
 */
final class ManagedThreads {

    private static final Map<Thread, Execution> EVER = Collections.synchronizedMap(new WeakHashMap<>());

    private ManagedThreads() {
    }

    static void adopt(Thread t, Execution e) {
        EVER.put(t, e);
    }

    /** @return the execution that started {@code t}, or {@code null} when no execution did */
    static Execution startedBy(Thread t) {
        return EVER.get(t);
    }

    /** @return whether {@code t} is or was managed by some execution */
    static boolean known(Thread t) {
        return t instanceof Worker || EVER.containsKey(t);
    }
}
