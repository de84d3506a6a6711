package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * What a strategy is asked to decide: at step {@code step} of the execution, which of {@code threads} runs its
 * pending operation next.
 *
 * @param step the number of operations executed so far in this execution
 * @param threads every live managed thread that is stopped at a scheduling point (enabled or blocked), by id
 */
public record ChoicePoint(int step, List<ThreadView> threads) {

    /** @return the ids of the enabled threads, ascending */
    public List<Integer> enabled() {
        List<Integer> ids = new ArrayList<>();
        for (ThreadView t : threads) {
            if (t.enabled()) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    /** @return the ids of the blocked threads a spurious wake-up may wake now, ascending */
    public List<Integer> spurious() {
        List<Integer> ids = new ArrayList<>();
        for (ThreadView t : threads) {
            if (t.spurious()) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    /** @return the view of thread {@code id}, or {@code null} when it is not stopped at a point */
    public ThreadView thread(int id) {
        for (ThreadView t : threads) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }
}
