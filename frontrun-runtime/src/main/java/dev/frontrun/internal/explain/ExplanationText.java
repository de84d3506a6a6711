package dev.frontrun.internal.explain;

import java.util.List;

/**
 * Renders an {@link Explanation} in the original's shape: the headline, the summary, then one step per line
 * ({@code Thread 0 | Counter.java:42   count = count + 1}) with its accesses and SQL on the line below.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    static String render(Explanation x) {
        StringBuilder b = new StringBuilder();
        b.append("Race condition found after ").append(x.explored())
                .append(x.explored() == 1 ? " interleaving." : " interleavings.").append("\n\n");
        for (String line : x.summary()) {
            b.append("  ").append(line).append('\n');
        }
        if (x.note() != null) {
            b.append("  ").append(x.note()).append('\n');
        }
        b.append('\n');
        if (x.earlierSteps() > 0) {
            b.append("  ... ").append(x.earlierSteps()).append(" earlier steps\n");
        }
        int width = width(x.entries());
        int labels = labelWidth(x);
        for (Explanation.Entry entry : x.entries()) {
            if (entry instanceof ExplainedStep step) {
                step(b, step, width, label(x, step.thread(), labels));
            } else if (entry instanceof Elision elision) {
                b.append(" ".repeat(labels + 3)).append("| ... ").append(elision.hidden().size())
                        .append(" more lines from Thread ").append(x.names().of(elision.thread())).append('\n');
            }
        }
        String text = b.toString();
        if (x.sqlAnomaly() != null) {
            text = text.stripTrailing() + "\n\n  SQL anomaly: " + x.sqlAnomaly() + "\n";
        }
        return text;
    }

    /** @return {@code Thread a}, padded to the widest label of the steps shown */
    private static String label(Explanation x, int thread, int width) {
        String label = "Thread " + x.names().of(thread);
        return label + " ".repeat(width - label.length());
    }

    private static int labelWidth(Explanation x) {
        return x.shownSteps().stream().mapToInt(s -> ("Thread " + x.names().of(s.thread())).length()).max().orElse(0);
    }

    private static void step(StringBuilder b, ExplainedStep step, int width, String label) {
        String head = "  " + label + " | ";
        b.append(head);
        if (step.location() == null) {
            b.append(step.detail()).append('\n');
            return;
        }
        b.append(step.location());
        if (step.source() != null) {
            b.append(" ".repeat(width - step.location().length() + 3)).append(step.source());
        }
        b.append('\n').append(" ".repeat(head.length() - 2)).append("| ").append(step.detail()).append('\n');
    }

    private static int width(List<Explanation.Entry> entries) {
        int width = 0;
        for (Explanation.Entry entry : entries) {
            List<ExplainedStep> steps = entry instanceof Elision e ? e.hidden() : List.of((ExplainedStep) entry);
            for (ExplainedStep s : steps) {
                width = Math.max(width, s.location() == null ? 0 : s.location().length());
            }
        }
        return width;
    }
}
