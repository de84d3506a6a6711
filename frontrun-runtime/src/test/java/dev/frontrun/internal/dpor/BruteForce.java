package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enumerates every interleaving of a small {@link Program} (depth first, re-running the prefix for each branch) and
 * groups them into Mazurkiewicz traces: the independent oracle the engine's counts are checked against.
 */
final class BruteForce {

    /**
     * @param interleavings how many maximal interleavings exist
     * @param traces        the canonical forms of their traces
     */
    record Result(long interleavings, Set<String> traces) {
    }

    private static final long LIMIT = 1_000_000;

    private final Program program;
    private long interleavings;
    private final Set<String> traces = new HashSet<>();

    private BruteForce(Program program) {
        this.program = program;
    }

    static Result enumerate(Program program) {
        BruteForce b = new BruteForce(program);
        b.extend(new ArrayList<>());
        return new Result(b.interleavings, b.traces);
    }

    private void extend(List<Integer> prefix) {
        Run run = new Run(program);
        List<Choice> events = new ArrayList<>();
        for (int t : prefix) {
            events.add(new Choice(t, run.step(t)));
        }
        List<Integer> enabled = new ArrayList<>();
        for (ThreadState t : run.threads()) {
            if (t.enabled()) {
                enabled.add(t.id());
            }
        }
        if (enabled.isEmpty()) {
            if (++interleavings > LIMIT) {
                throw new IllegalArgumentException(program.name() + " has more than " + LIMIT
                        + " interleavings: too large for brute force");
            }
            traces.add(Traces.canonical(events));
            return;
        }
        for (int t : enabled) {
            prefix.add(t);
            extend(prefix);
            prefix.remove(prefix.size() - 1);
        }
    }
}
