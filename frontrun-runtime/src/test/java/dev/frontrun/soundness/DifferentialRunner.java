package dev.frontrun.soundness;

import java.time.Duration;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * The child JVM of {@link DifferentialTest}: explores generated programs {@code from..to-1} with one strategy and
 * prints one line per program, {@code ROW strategy id verdict exhaustive executions millis reason}, where the
 * reason of a violation is {@code property} when the invariant failed. It exits early,
 * after printing the row, when an exploration threw (exit 3) or an execution timed out (exit 4): the threads such
 * an execution leaves behind can change what later explorations in the JVM report, so the parent resumes in a
 * fresh JVM.
 */
public final class DifferentialRunner {

    static final String DPOR = "dpor";
    static final String RANDOM = "random";
    static final String PROPERTY = "property";
    /** Unordered calls on a JDK collection that is not thread-safe: a finding as real as a broken property. */
    static final String DATA_RACE = "data race";

    private DifferentialRunner() {
    }

    /**
     * @param args strategy ({@code dpor} or {@code random}), generator seed, first program, end (exclusive)
     */
    public static void main(String[] args) {
        String strategy = args[0];
        long seed = Long.parseLong(args[1]);
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        for (int id = from; id < to; id++) {
            DiffProgram p = DiffProgram.generate(seed, id);
            long start = System.nanoTime();
            ExplorationResult r;
            try {
                r = configure(p.exploration(), strategy, id).run();
            } catch (RuntimeException | Error e) {
                print(strategy, id, "CRASH", false, 0, start, e.toString());
                System.exit(3);
                return;
            }
            String reason = r.verdict() == Verdict.VIOLATED ? violationKind(r.report())
                    : r.inconclusiveReason().orElse("");
            print(strategy, id, r.verdict().name(), r.exhaustive(), r.executions(), start, reason);
            if (r.verdict() == Verdict.INCONCLUSIVE && reason.contains("timeout")) {
                System.exit(4);
            }
        }
        System.exit(0);
    }

    /**
     * @return {@code property} when the invariant failed; otherwise what else was reported (none of the generated
     *     programs can deadlock or throw, so anything else is a wrong report)
     */
    static String violationKind(String report) {
        if (report.contains("The invariant does not hold")) {
            return PROPERTY;
        }
        if (report.contains("Data race on ")) {
            return DATA_RACE;
        }
        if (report.contains("All threads are blocked") || report.contains("eadlock")) {
            return "deadlock: " + report;
        }
        return "other: " + report;
    }

    private static ExplorationBuilder<DiffWorld> configure(ExplorationBuilder<DiffWorld> b, String strategy, int id) {
        b.executionTimeout(Duration.ofSeconds(2)).totalTimeout(Duration.ofSeconds(30)).reproductions(1);
        if (strategy.equals(DPOR)) {
            return b.strategy(Strategy.dpor()).maxAttempts(1_000_000);
        }
        return b.strategy(Strategy.random()).maxAttempts(2000).seed(id);
    }

    private static void print(String strategy, int id, String verdict, boolean exhaustive, int executions,
            long start, String reason) {
        String oneLine = reason.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.length() > 300) {
            oneLine = oneLine.substring(0, 300) + "...";
        }
        System.out.println("ROW " + strategy + " " + id + " " + verdict + " " + exhaustive + " " + executions + " "
                + (System.nanoTime() - start) / 1_000_000 + " " + oneLine);
        System.out.flush();
    }
}
