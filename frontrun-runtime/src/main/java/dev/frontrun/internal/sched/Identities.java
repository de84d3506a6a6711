package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.Map;

import dev.frontrun.internal.vocab.ThreadNames;

/**
 * What names things the same way in every execution of one exploration: the threads ({@link ThreadIds}) and the
 * resources of the objects the workers start from (numbered by {@link InitialState}).
 */
public final class Identities {

    /** Ids of initial-state resources start here: above every per-thread id, below the JVM-wide named ids. */
    private static final int INITIAL_BASE = 1 << 29;

    final ThreadIds threads;
    private final Map<String, Integer> initial = new HashMap<>();

    /** Threads named by their numbers. */
    public Identities() {
        this(ThreadNames.NUMBERED);
    }

    /** @param names how texts name the threads (the declared workers' names) */
    public Identities(ThreadNames names) {
        this.threads = new ThreadIds(names);
    }

    /** @return the id of member {@code member} of initial-state object {@code number} */
    synchronized int initial(int number, Object member) {
        return initial.computeIfAbsent(number + "/" + member, k -> INITIAL_BASE + initial.size());
    }
}
