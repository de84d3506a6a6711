package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which thread DPOR runs when it is free to choose (no pending wakeup sequence at a new state). Any choice there
 * is correct, so every order explores the same set of traces when run to the end; they differ in which traces come
 * first, and so in how soon a bounded run meets a bug.
 */
public enum SearchOrder {
    /** Keep running the thread that ran last, else the lowest id: long runs of one thread first. */
    DEPTH_FIRST,
    /** Prefer a thread whose next operation conflicts with another thread's next one: races come early. */
    CONFLICT_FIRST,
    /** A random choice from the exploration's seed. */
    SEEDED;

    /**
     * @param candidates the enabled threads that are not asleep, at least one
     * @param all every live thread (for conflicts)
     * @param previous the thread that ran last, or -1
     * @param random the exploration's random source (used by {@link #SEEDED})
     * @return the thread to run
     */
    ThreadState pick(List<ThreadState> candidates, List<ThreadState> all, int previous, Random random) {
        switch (this) {
            case SEEDED:
                return candidates.get(random.nextInt(candidates.size()));
            case CONFLICT_FIRST: {
                List<ThreadState> racing = new ArrayList<>();
                for (ThreadState t : candidates) {
                    if (conflicts(t, all)) {
                        racing.add(t);
                    }
                }
                return depthFirst(racing.isEmpty() ? candidates : racing, previous);
            }
            default:
                return depthFirst(candidates, previous);
        }
    }

    private static boolean conflicts(ThreadState t, List<ThreadState> all) {
        for (ThreadState u : all) {
            if (u.id() != t.id() && Dependence.dependent(t.id(), t.pending(), u.id(), u.pending())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the candidate with the next id after {@code previous} (wrapping around), {@code previous} itself only
     *     when it is the only one: round robin, for a thread that waits for the others
     */
    static ThreadState after(List<ThreadState> candidates, int previous) {
        ThreadState next = null;
        ThreadState lowest = null;
        for (ThreadState t : candidates) {
            if (t.id() > previous && (next == null || t.id() < next.id())) {
                next = t;
            }
            if (t.id() != previous && (lowest == null || t.id() < lowest.id())) {
                lowest = t;
            }
        }
        return next != null ? next : lowest != null ? lowest : candidates.get(0);
    }

    private static ThreadState depthFirst(List<ThreadState> candidates, int previous) {
        ThreadState pick = null;
        for (ThreadState t : candidates) {
            if (t.id() == previous) {
                return t;
            }
            if (pick == null || t.id() < pick.id()) {
                pick = t;
            }
        }
        return pick;
    }
}
