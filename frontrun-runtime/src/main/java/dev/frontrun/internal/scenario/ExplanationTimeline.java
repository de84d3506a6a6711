package dev.frontrun.internal.scenario;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.explain.ExplainedStep;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.result.TimelineStep;

/**
 * The timeline rows of a counterexample for the reports: one per step its explanation shows, condensed ones left
 * out; a worker thread is named after its actor (worker {@code i} runs actor {@code i}).
 */
final class ExplanationTimeline {

    private ExplanationTimeline() {
    }

    static List<TimelineStep> of(Explanation explanation) {
        return of(explanation, List.of());
    }

    static List<TimelineStep> of(Explanation explanation, List<String> actorNames) {
        List<TimelineStep> rows = new ArrayList<>();
        for (ExplainedStep step : explanation.shownSteps()) {
            int t = step.thread();
            String thread = t >= 0 && t < actorNames.size() ? actorNames.get(t) : Integer.toString(t);
            rows.add(new TimelineStep(thread, step.location(),
                    step.source() == null ? null : step.source().strip(), step.detail().strip()));
        }
        return rows;
    }
}
