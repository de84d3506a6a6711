package dev.frontrun.internal.explore;

import java.util.List;

import dev.frontrun.internal.sched.Outcome;
import dev.frontrun.internal.sched.TraceEvent;

/**
 * The result of one execution as the explorer judges it.
 *
 * @param outcome how the execution ended
 * @param violation what went wrong when the property is violated (invariant, exception, deadlock), else {@code null}
 * @param problem why the execution does not count (timeout, divergence, harness error), else {@code null}
 * @param trace the executed operations
 * @param choices the thread chosen at each step
 * @param headline the explanation's first line when it is not derived from the trace (a data race), else null
 * @param stuck the thread that kept the execution past its time limit (number unset), else null
 */
public record ExecutionRun(Outcome outcome, String violation, String problem, List<TraceEvent> trace, int[] choices,
        String headline, Stuck stuck) {

    /** An execution judged without a headline of its own. */
    public ExecutionRun(Outcome outcome, String violation, String problem, List<TraceEvent> trace, int[] choices) {
        this(outcome, violation, problem, trace, choices, null, null);
    }

    /** An execution judged with a headline of its own. */
    public ExecutionRun(Outcome outcome, String violation, String problem, List<TraceEvent> trace, int[] choices,
            String headline) {
        this(outcome, violation, problem, trace, choices, headline, null);
    }

    /** @return whether this execution shows the property violated */
    public boolean violated() {
        return violation != null;
    }
}
