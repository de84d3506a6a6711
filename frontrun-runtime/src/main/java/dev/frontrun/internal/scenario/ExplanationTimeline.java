package dev.frontrun.internal.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontrun.internal.result.TimelineStep;

/**
 * Reads the steps of an explanation ({@code Thread 0 | File.java:42   code} followed by {@code | [accesses] SQL})
 * back into timeline rows for the reports, one column per thread.
 */
final class ExplanationTimeline {

    private static final Pattern STEP = Pattern.compile("^\\s*Thread (\\d+) \\| (\\S+:\\d+)(?:\\s{2,}(.*))?$");
    private static final Pattern BARE = Pattern.compile("^\\s*Thread (\\d+) \\| (.*)$");
    private static final Pattern DETAIL = Pattern.compile("^\\s+\\| (.*)$");

    private ExplanationTimeline() {
    }

    static List<TimelineStep> of(String explanation) {
        List<TimelineStep> steps = new ArrayList<>();
        if (explanation == null) {
            return steps;
        }
        String thread = null;
        String location = null;
        String source = null;
        for (String line : explanation.lines().toList()) {
            Matcher step = STEP.matcher(line);
            Matcher bare = BARE.matcher(line);
            Matcher detail = DETAIL.matcher(line);
            if (step.matches()) {
                flush(steps, thread, location, source, null);
                thread = step.group(1);
                location = step.group(2);
                source = step.group(3) == null ? null : step.group(3).strip();
            } else if (bare.matches()) {
                flush(steps, thread, location, source, null);
                steps.add(new TimelineStep(bare.group(1), null, null, bare.group(2).strip()));
                thread = null;
            } else if (detail.matches() && thread != null) {
                steps.add(new TimelineStep(thread, location, source, detail.group(1).strip()));
                thread = null;
            }
        }
        flush(steps, thread, location, source, null);
        return steps;
    }

    private static void flush(List<TimelineStep> steps, String thread, String location, String source, String detail) {
        if (thread != null) {
            steps.add(new TimelineStep(thread, location, source, detail));
        }
    }
}
