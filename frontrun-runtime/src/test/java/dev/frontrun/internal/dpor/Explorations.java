package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/** Runs a {@link Program} under the engine, as the real scheduler would, and keeps every execution's events. */
final class Explorations {

    private Explorations() {
    }

    /**
     * @param explorer the engine after exploration
     * @param traces   the events of every execution, in order
     */
    record Result(DporExplorer explorer, List<List<Choice>> traces) {
        long executions() {
            return explorer.executions();
        }
    }

    static Result explore(Program program, DporOptions options) {
        return explore(program, new DporExplorer(options), true);
    }

    static Result explore(Program program, DporExplorer explorer, boolean keepTraces) {
        List<List<Choice>> traces = new ArrayList<>();
        while (explorer.beginExecution()) {
            Run run = new Run(program);
            List<Choice> trace = keepTraces ? new ArrayList<>() : null;
            List<ThreadState> threads;
            while (hasEnabled(threads = run.threads())) {
                int t = explorer.choose(threads);
                Op op = run.step(t);
                explorer.executed(t, op);
                if (trace != null) {
                    trace.add(new Choice(t, op));
                }
            }
            explorer.endExecution(run.threads());
            if (trace != null) {
                traces.add(trace);
            }
        }
        return new Result(explorer, traces);
    }

    private static boolean hasEnabled(List<ThreadState> threads) {
        for (ThreadState t : threads) {
            if (t.enabled()) {
                return true;
            }
        }
        return false;
    }
}
