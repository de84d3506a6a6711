package dev.frontrun.internal.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.ThreadNames;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.TraceEvent;

/**
 * Explains a failing execution as an {@link Explanation}: a conflict summary and the steps that matter (operations
 * on resources more than one thread touched, merged per source line), long runs of one thread condensed.
 */
public final class Explainer {

    private static final int RUN_LIMIT = 6;
    private static final int MAX_STEPS = 80;

    private final SourceLines sources;
    private final ThreadNames names;

    /** @param sources where source lines come from */
    public Explainer(SourceLines sources) {
        this(sources, ThreadNames.NUMBERED);
    }

    /**
     * @param sources where source lines come from
     * @param names how the text names the threads
     */
    public Explainer(SourceLines sources, ThreadNames names) {
        this.sources = sources;
        this.names = names;
    }

    /**
     * @param explored how many executions ran until the failure
     * @param summary the conflict summary, or {@code null} to derive it from the trace
     * @param note a line added under the summary (the invariant's message), or {@code null}
     * @param trace the failing execution's trace
     * @return the explanation, without the SQL anomaly
     */
    public Explanation explain(int explored, String summary, String note, List<TraceEvent> trace) {
        List<TraceEvent> shown = relevant(trace);
        String s = summary != null ? summary : Conflict.summarize(shown, names);
        String signal = Conflict.missedSignal(trace, names);
        if (signal != null && !s.startsWith("Missed signal")) {
            s = signal + "\n" + s;
        }
        List<ExplainedStep> steps = new ArrayList<>();
        for (Draft d : merge(shown)) {
            steps.add(d.step());
        }
        int skipped = Math.max(0, steps.size() - MAX_STEPS);
        steps = steps.subList(skipped, steps.size());
        return new Explanation(explored, lines(s), note, skipped, condense(steps), null, names);
    }

    /** Condenses each run of more than {@value #RUN_LIMIT} steps of one thread to its first and last two. */
    private static List<Explanation.Entry> condense(List<ExplainedStep> steps) {
        List<Explanation.Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            int j = i;
            while (j < steps.size() && steps.get(j).thread() == steps.get(i).thread()) {
                j++;
            }
            if (j - i > RUN_LIMIT) {
                entries.addAll(steps.subList(i, i + 2));
                entries.add(new Elision(steps.get(i).thread(), steps.subList(i + 2, j - 2)));
                entries.addAll(steps.subList(j - 2, j));
            } else {
                entries.addAll(steps.subList(i, j));
            }
            i = j;
        }
        return entries;
    }

    /** The lines of a summary, cut at each line feed, trailing empty lines dropped (one empty line for an empty text). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            out.add(text.substring(start, nl < 0 ? text.length() : nl));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (out.size() == 1) {
            return out;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
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

    private List<Draft> merge(List<TraceEvent> events) {
        List<Draft> steps = new ArrayList<>();
        Draft last = null;
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
            last = new Draft(e.thread(), location, code);
            last.tags.add(op.tag());
            last.statement = op.statement();
            last.ran = runsStatement;
            steps.add(last);
        }
        return steps;
    }

    /** A step being merged from consecutive events of one thread at one source line. */
    private static final class Draft {
        final int thread;
        final String location;
        final String code;
        final Set<String> tags = new LinkedHashSet<>();
        String statement;
        /** Whether the statement itself ran in this step (not only its row locks). */
        boolean ran;

        Draft(int thread, String location, String code) {
            this.thread = thread;
            this.location = location;
            this.code = code;
        }

        ExplainedStep step() {
            return location.isEmpty() ? new ExplainedStep(thread, null, null, combined(), null)
                    : new ExplainedStep(thread, location, code, combined(), statement);
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
