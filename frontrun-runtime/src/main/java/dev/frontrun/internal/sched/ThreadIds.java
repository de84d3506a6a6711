package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.Map;

import dev.frontrun.internal.vocab.ThreadNames;

/**
 * The ids of the threads of one exploration, the same in every execution: the declared workers are {@code 0..n-1};
 * a thread started by a managed thread is named by its parent and how many threads the parent had started before
 * it, and takes the next free id the first time that name appears. A thread therefore keeps its id whatever order
 * the strategy runs the threads in, which is what replaying a prefix (DPOR) and comparing executions need.
 */
public final class ThreadIds {

    /** How texts name the threads. */
    final ThreadNames names;
    private final Map<Long, Integer> children = new HashMap<>();

    ThreadIds(ThreadNames names) {
        this.names = names;
    }
    private int next = -1;

    /**
     * @param workers how many declared workers the exploration has
     * @param parent the id of the starting thread
     * @param ordinal how many threads the parent started before this one in this execution
     * @return the child's id
     */
    synchronized int child(int workers, int parent, int ordinal) {
        if (next < 0) {
            next = workers;
        }
        return children.computeIfAbsent(((long) parent << 32) | ordinal, k -> next++);
    }
}
