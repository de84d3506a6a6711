package dev.frontrun.soundness;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Verdict;

/**
 * What a test asserts about an exploration run in another JVM, printed there and parsed back here: one header line
 * {@code EXPLORATION name verdict exhaustive executions reproductionSuccesses} followed by the report, each line
 * prefixed with {@code | }; or {@code CRASH name exception} when {@code run()} threw.
 *
 * @param name which exploration
 * @param verdict its verdict, {@code null} when it crashed
 * @param exhaustive {@link ExplorationResult#exhaustive()}
 * @param executions {@link ExplorationResult#executions()}
 * @param reproductionSuccesses {@link ExplorationResult#reproductionSuccesses()}
 * @param report the report, or the exception when it crashed
 */
record Summary(String name, Verdict verdict, boolean exhaustive, int executions, int reproductionSuccesses,
        String report) {

    static Summary of(String name, ExplorationResult r) {
        return new Summary(name, r.verdict(), r.exhaustive(), r.executions(), r.reproductionSuccesses(), r.report());
    }

    static void print(String name, ExplorationResult r, PrintStream out) {
        out.println("EXPLORATION " + name + " " + r.verdict() + " " + r.exhaustive() + " " + r.executions() + " "
                + r.reproductionSuccesses());
        for (String line : r.report().split("\n", -1)) {
            out.println("| " + line);
        }
        out.flush();
    }

    static void printCrash(String name, Throwable t, PrintStream out) {
        out.println("CRASH " + name + " " + t.toString().replace('\n', ' '));
        out.flush();
    }

    static List<Summary> parse(List<String> lines) {
        List<Summary> out = new ArrayList<>();
        String[] head = null;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("| ") && head != null) {
                report.append(report.length() == 0 ? "" : "\n").append(line.substring(2));
                continue;
            }
            if (head != null) {
                out.add(of(head, report.toString()));
                head = null;
                report.setLength(0);
            }
            if (line.startsWith("EXPLORATION ")) {
                head = line.split(" ");
            } else if (line.startsWith("CRASH ")) {
                String[] parts = line.split(" ", 3);
                out.add(new Summary(parts[1], null, false, 0, 0, "crashed: " + (parts.length > 2 ? parts[2] : "")));
            }
        }
        if (head != null) {
            out.add(of(head, report.toString()));
        }
        return out;
    }

    private static Summary of(String[] head, String report) {
        return new Summary(head[1], Verdict.valueOf(head[2]), Boolean.parseBoolean(head[3]),
                Integer.parseInt(head[4]), Integer.parseInt(head[5]), report);
    }

    /** @return the report, or what crashed, for assertion messages */
    @Override
    public String toString() {
        return name + ": " + (verdict == null ? report : verdict + (exhaustive ? " (exhaustive)" : "") + " after "
                + executions + " executions\n" + report);
    }
}
