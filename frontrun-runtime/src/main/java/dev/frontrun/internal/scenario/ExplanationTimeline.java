package dev.frontrun.internal.scenario;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.explain.ExplainedStep;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.result.TimelineStep;

/** The timeline rows of a counterexample for the reports: one per step its explanation shows, condensed ones left out. */
final class ExplanationTimeline {

    private ExplanationTimeline() {
    }

    static List<TimelineStep> of(Explanation explanation) {
        List<TimelineStep> rows = new ArrayList<>();
        for (ExplainedStep step : explanation.shownSteps()) {
            rows.add(new TimelineStep(Integer.toString(step.thread()), step.location(),
                    step.source() == null ? null : step.source().strip(), step.detail().strip()));
        }
        return rows;
    }
}
