package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Numbers the {@code java.util.concurrent} objects a managed thread creates during an execution (a pool's futures,
 * the pool itself) by that thread and the order in which it creates them: {@code (thread, n)}. A thread's own steps
 * are the same whatever the interleaving, so the number means the same object in every execution that takes the
 * same path. Numbering by first touch does not: a future the submitting thread creates is touched first either by
 * the pool thread that runs it or by the submitter's {@code get}, as DPOR reorders them, and its domain would change
 * name between a recorded execution and its replay. Guarded by the {@link Execution}'s monitor.
 */
final class CreationNumbers {

    /** Creation-numbered ids start here, above every resource id (those are ints). */
    private static final long BASE = 1L << 40;
    private static final int PER_THREAD_BITS = 20;

    private final Map<Object, Long> numbers = new IdentityHashMap<>();
    private final Map<Integer, Integer> counts = new HashMap<>();

    /** Notes that managed thread {@code by} created {@code object} (its constructor returned). */
    void created(Object object, ManagedThread by) {
        if (!numbers.containsKey(object)) {
            int n = counts.merge(by.id, 1, Integer::sum);
            numbers.put(object, BASE + (((long) by.id + 1) << PER_THREAD_BITS | n));
        }
    }

    /** @return the number of an object a managed thread created in this execution, or {@code null} */
    Long of(Object object) {
        return numbers.get(object);
    }
}
