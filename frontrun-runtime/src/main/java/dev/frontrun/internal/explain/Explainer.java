package dev.frontrun.internal.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.instrument.Site;
import dev.frontrun.internal.sched.OpKind;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.TraceEvent;

/**
 * Writes the explanation of a failing execution in the original's shape: the headline, a conflict summary, then
 * one step per line ({@code Thread 0 | Counter.java:42   count = count + 1}) with access tags, long runs of one
 * thread condensed.
 */
public final class Explainer {

    private static final int RUN_LIMIT = 6;
    private static final int MAX_STEPS = 80;

    private final SourceLines sources;

    /** @param sources where source lines come from */
    public Explainer(SourceLines sources) {
        this.sources = sources;
    }

    /**
     * @param explored how many executions ran until the failure
     * @param summary the conflict summary, or {@code null} to derive it from the trace
     * @param note a line added under the summary (the invariant's message), or {@code null}
     * @param trace the failing execution's trace
     * @return the explanation, without the reproduction line
     */
    public String explain(int explored, String summary, String note, List<TraceEvent> trace) {
        List<TraceEvent> shown = relevant(trace);
        StringBuilder b = new StringBuilder();
        b.append("Race condition found after ").append(explored).append(explored == 1 ? " interleaving." : " interleavings.")
                .append("\n\n");
        String s = summary != null ? summary : Conflict.summarize(shown);
        for (String line : s.split("\n")) {
            b.append("  ").append(line).append('\n');
        }
        if (note != null) {
            b.append("  ").append(note).append('\n');
        }
        b.append('\n');
        List<Step> steps = merge(shown);
        int skipped = Math.max(0, steps.size() - MAX_STEPS);
        if (skipped > 0) {
            b.append("  ... ").append(skipped).append(" earlier steps\n");
            steps = steps.subList(skipped, steps.size());
        }
        int width = 0;
        for (Step st : steps) {
            width = Math.max(width, st.location.length());
        }
        int i = 0;
        while (i < steps.size()) {
            int j = i;
            while (j < steps.size() && steps.get(j).thread == steps.get(i).thread) {
                j++;
            }
            int run = j - i;
            for (int k = i; k < j; k++) {
                if (run > RUN_LIMIT && k == i + 2) {
                    b.append("           | ... ").append(run - 4).append(" more lines from Thread ")
                            .append(steps.get(i).thread).append('\n');
                    k = j - 3;
                    continue;
                }
                steps.get(k).render(b, width);
            }
            i = j;
        }
        return b.toString();
    }

    /**
     * Keeps operations on resources more than one thread touched (with a write), and all synchronization except
     * database row locks only one thread took. A statement's hidden per-table resources ({@code ~users}) are not
     * shown, but when one of them is in conflict the statement's named access after it is kept (a table read that a
     * row write of another thread conflicts with).
     */
    private static List<TraceEvent> relevant(List<TraceEvent> trace) {
        Map<Integer, Set<Integer>> touchers = new HashMap<>();
        Set<Integer> written = new HashSet<>();
        for (TraceEvent e : trace) {
            OpKind k = e.op().kind();
            if (k.isAccess() || e.op().isRowLock()) {
                touchers.computeIfAbsent(e.op().resource(), x -> new HashSet<>()).add(e.thread());
                if (k.writes() || e.op().isRowLock()) {
                    written.add(e.op().resource());
                }
            }
        }
        List<TraceEvent> out = new ArrayList<>();
        Set<Integer> hiddenConflict = new HashSet<>();
        for (TraceEvent e : trace) {
            OpKind k = e.op().kind();
            if (k == OpKind.BEGIN || k == OpKind.END || k == OpKind.YIELD) {
                continue;
            }
            boolean shared = touchers.containsKey(e.op().resource())
                    && touchers.get(e.op().resource()).size() >= 2 && written.contains(e.op().resource());
            if (e.op().resourceName() != null && e.op().resourceName().startsWith("~")) {
                if (shared) {
                    hiddenConflict.add(e.thread());
                }
                continue;
            }
            if (k.isAccess() || e.op().isRowLock()) {
                boolean carried = k.isAccess() && hiddenConflict.remove(e.thread());
                if (!shared && !carried) {
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    private List<Step> merge(List<TraceEvent> events) {
        List<Step> steps = new ArrayList<>();
        Step last = null;
        for (TraceEvent e : events) {
            Operation op = e.op();
            Site site = op.siteInfo();
            String location = site == null ? "" : site.location();
            boolean runsStatement = op.kind().isAccess() && op.statement() != null;
            if (last != null && last.thread == e.thread() && !location.isEmpty() && last.location.equals(location)
                    && (op.statement() == null || last.statement == null
                        || (op.statement().equals(last.statement) && !(runsStatement && last.ran)))) {
                last.tags.add(op.tag());
                last.statement = last.statement != null ? last.statement : op.statement();
                last.ran |= runsStatement;
                continue;
            }
            String code = site == null ? null : sources.line(site.sourcePath(), site.line());
            last = new Step(e.thread(), location, code);
            last.tags.add(op.tag());
            last.statement = op.statement();
            last.ran = runsStatement;
            steps.add(last);
        }
        return steps;
    }

    private static final class Step {
        final int thread;
        final String location;
        final String code;
        final Set<String> tags = new LinkedHashSet<>();
        String statement;
        /** Whether the statement itself ran in this step (not only its row locks). */
        boolean ran;

        Step(int thread, String location, String code) {
            this.thread = thread;
            this.location = location;
            this.code = code;
        }

        void render(StringBuilder b, int width) {
            String head = "  Thread " + thread + " | ";
            b.append(head);
            if (location.isEmpty()) {
                b.append(String.join(", ", combined())).append('\n');
                return;
            }
            b.append(location);
            if (code != null) {
                b.append(" ".repeat(width - location.length() + 3)).append(code);
            }
            b.append('\n').append(" ".repeat(head.length() - 2)).append("| [")
                    .append(String.join(", ", combined())).append("]");
            if (statement != null) {
                b.append(' ').append(statement.length() > 160 ? statement.substring(0, 157) + "..." : statement);
            }
            b.append('\n');
        }

        /** Folds {@code read X} and {@code write X} into {@code read+write X}. */
        private List<String> combined() {
            List<String> out = new ArrayList<>();
            for (String t : tags) {
                if (t.startsWith("write ") && tags.contains("read " + t.substring(6))) {
                    continue;
                }
                if (t.startsWith("read ") && tags.contains("write " + t.substring(5))) {
                    out.add("read+write " + t.substring(5));
                } else {
                    out.add(t);
                }
            }
            return out;
        }
    }
}
