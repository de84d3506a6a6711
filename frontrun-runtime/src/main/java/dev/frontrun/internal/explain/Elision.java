package dev.frontrun.internal.explain;

import java.util.List;

/**
 * Steps of one long run of a thread that the explanation condenses into one line.
 *
 * @param thread the thread's index
 * @param hidden the steps not shown
 */
public record Elision(int thread, List<ExplainedStep> hidden) implements Explanation.Entry {

    /** Copies the list. */
    public Elision {
        hidden = List.copyOf(hidden);
    }
}
