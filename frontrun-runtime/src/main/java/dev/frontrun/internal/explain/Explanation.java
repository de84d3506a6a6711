package dev.frontrun.internal.explain;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.vocab.ThreadNames;

/**
 * The explanation of a failing execution, as structure: the conflict summary, the steps that matter (long runs of
 * one thread condensed), and the SQL anomaly of its transactions. {@link #render()} writes the text that reports,
 * the console and assertion messages show; nothing reads that text back.
 *
 * @param explored how many executions ran until the failure
 * @param summary the conflict summary's lines
 * @param note a line under the summary (the invariant's message), or null
 * @param earlierSteps how many earlier steps are left out
 * @param entries the steps shown, in order, with condensed runs
 * @param sqlAnomaly the SQL anomaly of the failing execution's transactions, or null
 * @param names how the text names the steps' threads
 */
public record Explanation(int explored, List<String> summary, String note, int earlierSteps, List<Entry> entries,
        String sqlAnomaly, ThreadNames names) {

    /** A line of the step listing: an {@link ExplainedStep} or an {@link Elision}. */
    public sealed interface Entry permits ExplainedStep, Elision {
    }

    /** Copies the lists. */
    public Explanation {
        summary = List.copyOf(summary);
        entries = List.copyOf(entries);
        names = names == null ? ThreadNames.NUMBERED : names;
    }

    /** An explanation whose threads are named by their numbers. */
    public Explanation(int explored, List<String> summary, String note, int earlierSteps, List<Entry> entries,
            String sqlAnomaly) {
        this(explored, summary, note, earlierSteps, entries, sqlAnomaly, ThreadNames.NUMBERED);
    }

    /**
     * @param anomaly the SQL anomaly, or null
     * @return this explanation with it
     */
    public Explanation withSqlAnomaly(String anomaly) {
        return new Explanation(explored, headlined(summary, anomaly), note, earlierSteps, entries, anomaly, names);
    }

    private static final List<String> SQL_PATTERNS = List.of("Lost update", "Write skew", "Non-repeatable read",
            "Phantom read", "Phantom", "Duplicate insert");

    /**
     * The SQL anomaly names the pattern better than the Java-level conflict when they differ (a write skew is no
     * order violation): it then becomes the summary's first line, the headline; the Java-level lines stay below.
     */
    private static List<String> headlined(List<String> summary, String anomaly) {
        if (anomaly == null || anomaly.isBlank()) {
            return summary;
        }
        String kind = SQL_PATTERNS.stream().filter(anomaly::startsWith).findFirst().orElse(null);
        String first = summary.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (kind == null || first.startsWith(kind)) {
            return summary;
        }
        List<String> out = new ArrayList<>();
        out.add(anomaly.lines().findFirst().orElse(anomaly).strip());
        out.addAll(summary);
        return out;
    }

    /** @return the steps shown (not the condensed ones), in order */
    public List<ExplainedStep> shownSteps() {
        List<ExplainedStep> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e instanceof ExplainedStep s) {
                out.add(s);
            }
        }
        return out;
    }

    /** @return the first line of the summary (or the note) that says what went wrong, or null */
    public String finding() {
        List<String> lines = new ArrayList<>(summary);
        if (note != null) {
            lines.add(note);
        }
        return lines.stream().filter(l -> !l.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** @return the text: headline, summary, steps, and the SQL anomaly line */
    public String render() {
        return ExplanationText.render(this);
    }

    @Override
    public String toString() {
        return render();
    }
}
