package dev.frontrun.internal.marker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.frontrun.Step;

/** Writes the message of a schedule that could not be followed: the unreached steps and where each thread stood. */
public final class StallReport {

    private static final int FRAMES = 3;

    private StallReport() {
    }

    /**
     * @param stall what the coordinator captured
     * @param outcome how the run ended after the schedule was released
     * @param roots the source roots, to point at the application frame of a blocked thread
     * @return the multi-line message
     */
    public static String format(MarkerStall stall, MarkerOutcome outcome, List<Path> roots) {
        StringBuilder out = new StringBuilder();
        List<Step> unreached = stall.unreached();
        out.append("Schedule incomplete: ").append(unreached.size()).append(" step(s) were never reached: ")
                .append(unreached.stream().map(Step::toString).collect(Collectors.joining(", "))).append('.');
        out.append("\n  Why: ").append(stall.reason()).append('.');
        for (MarkerPosition p : stall.positions()) {
            out.append("\n  Thread ").append(p.thread()).append(": ").append(describe(p, stall, roots));
        }
        out.append("\n  ").append(outcome.allEnded()
                ? "Once the schedule was released, every thread ran to its end."
                : "Even with the schedule released, not every thread ended in time: " + unfinished(outcome));
        return out.toString();
    }

    private static String describe(MarkerPosition p, MarkerStall stall, List<Path> roots) {
        switch (p.state()) {
            case "DONE":
                return p.error() == null ? "ended" : "ended by throwing " + p.error();
            case "WAITING":
                return "waiting at marker " + p.marker() + " (" + p.location() + ")";
            default:
                String doing = p.thread().equals(stall.runningThread()) && stall.runningStep() != null
                        ? "running " + stall.runningStep() : "running";
                return doing + ", not at a marker; it stands at " + where(p.stack(), roots);
        }
    }

    static String where(StackTraceElement[] stack, List<Path> roots) {
        if (stack == null || stack.length == 0) {
            return "an unknown place";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
            out.append(i == 0 ? "" : " < ").append(stack[i]);
        }
        for (StackTraceElement e : stack) {
            if (isApplication(e, roots)) {
                out.append(", called from ").append(e.getFileName()).append(':').append(e.getLineNumber())
                        .append(" (").append(e.getClassName()).append('.').append(e.getMethodName()).append(')');
                break;
            }
        }
        return out.toString();
    }

    private static boolean isApplication(StackTraceElement e, List<Path> roots) {
        if (e.getFileName() == null || e.getClassName().startsWith("dev.frontrun.internal.")) {
            return false;
        }
        String name = e.getClassName();
        int dot = name.lastIndexOf('.');
        String path = (dot < 0 ? "" : name.substring(0, dot).replace('.', '/') + "/") + e.getFileName();
        return roots.stream().anyMatch(r -> Files.isRegularFile(r.resolve(path)));
    }

    private static String unfinished(MarkerOutcome outcome) {
        return outcome.finalPositions().stream().filter(p -> !"DONE".equals(p.state()))
                .map(p -> "thread " + p.thread() + " at " + where(p.stack(), List.of()))
                .collect(Collectors.joining("; "));
    }
}
