package dev.frontrun.internal.dpor;

import java.util.List;

/** Questions about the live threads at a choice: which one has an id, whether it is enabled, a safe fallback. */
final class ThreadStates {

    private ThreadStates() {
    }

    /**
     * @param preferred a thread to keep running when enabled, or -1
     * @return {@code preferred} when enabled, else the enabled thread with the smallest id (the choice of a free run)
     */
    static int fallback(List<ThreadState> threads, int preferred) {
        ThreadState pick = null;
        for (ThreadState t : threads) {
            if (!t.enabled()) {
                continue;
            }
            if (t.id() == preferred) {
                return t.id();
            }
            if (pick == null || t.id() < pick.id()) {
                pick = t;
            }
        }
        if (pick == null) {
            throw new IllegalStateException("choose() needs at least one enabled thread; got " + threads);
        }
        return pick.id();
    }

    static ThreadState find(List<ThreadState> threads, int id) {
        for (ThreadState t : threads) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }

    static boolean isEnabled(List<ThreadState> threads, int id) {
        ThreadState t = ThreadStates.find(threads, id);
        return t != null && t.enabled();
    }

    static String describe(ThreadState actual, int id) {
        if (actual == null) {
            return "no thread " + id;
        }
        return actual.id() + ":" + actual.pending() + (actual.enabled() ? "" : " (disabled)");
    }
}
