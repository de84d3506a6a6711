package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads that need not be scheduled from a state because an equivalent continuation was (or will be)
 * explored elsewhere, each with the operation it would perform.
 */
final class SleepSet {

    private final List<Choice> entries = new ArrayList<>(4);

    List<Choice> entries() {
        return entries;
    }

    void add(Choice c) {
        entries.add(c);
    }

    boolean contains(int thread) {
        for (Choice c : entries) {
            if (c.thread() == thread) {
                return true;
            }
        }
        return false;
    }

    /** The sleep set after {@code taken} executes: the entries independent of it stay asleep. */
    SleepSet after(Choice taken) {
        SleepSet next = new SleepSet();
        for (Choice c : entries) {
            if (!Dependence.dependent(c, taken)) {
                next.entries.add(c);
            }
        }
        return next;
    }

    /** Whether some sleeping thread is a weak initial of {@code v} (then {@code v} is redundant from here). */
    boolean coversWeakInitialOf(List<Choice> v) {
        for (Choice c : entries) {
            if (WakeupTree.weakInitialIndex(c, v) != WakeupTree.NOT_INITIAL) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
