package dev.frontrun.internal.result;

import java.util.List;
import java.util.stream.Collectors;

import dev.frontrun.Verdict;
import dev.frontrun.scenario.Expect;

/**
 * A scenario's outcome graded against what it declared.
 *
 * @param status the graded status
 * @param message one sentence saying why
 */
public record Grade(Status status, String message) {

    /**
     * The name of the check that runs the actors one after another, in each order, before any exploration; it
     * appears among the strategies' results only when it did not pass.
     */
    public static final String SEQUENTIAL = "sequential";

    /** @return whether the build may pass with this grade */
    public boolean passes() {
        return status.passes();
    }

    /** Graded statuses; {@link #passes()} says which keep the build green. */
    public enum Status {
        /** SAFE and no strategy found a violation; at least one certified it. */
        CLEAN,
        /** RACE and at least one strategy reproduced it. */
        FOUND,
        /** SAFE but an interleaving broke the invariant. */
        UNEXPECTED_RACE,
        /** RACE but no strategy reproduced it. */
        MISSED,
        /** SAFE, nothing broke, but nothing could be certified. */
        INCONCLUSIVE,
        /** The actors, run one after another, already broke the invariant: the test or the code is wrong without any race. */
        FAILS_WITHOUT_CONCURRENCY,
        /** A requested strategy could not run (whatever the declared expectation). */
        ERROR;

        /** @return whether the build may pass with this status */
        public boolean passes() {
            return this == CLEAN || this == FOUND;
        }
    }

    /**
     * Grades the strategies' results.
     *
     * @param expect what the scenario declared
     * @param results every strategy's result
     * @return the grade
     */
    public static Grade of(Expect expect, List<StrategyResult> results) {
        List<String> violated = names(results, Verdict.VIOLATED);
        List<String> holds = names(results, Verdict.HOLDS);
        List<String> errors = names(results, Verdict.ERROR);
        if (!errors.isEmpty()) {
            return new Grade(Status.ERROR, "not every strategy could run, so the declared " + expect
                    + " cannot be checked: " + reasons(results, Verdict.ERROR));
        }
        for (StrategyResult r : results) {
            if (SEQUENTIAL.equals(r.strategy()) && r.verdict() == Verdict.VIOLATED) {
                return new Grade(Status.FAILS_WITHOUT_CONCURRENCY, "the actors fail without concurrency, run one"
                        + " after another: " + r.reason() + "; fix the test or the code first (no race is involved)");
            }
        }
        if (expect == Expect.RACE) {
            return violated.isEmpty()
                    ? new Grade(Status.MISSED, "declared RACE, but no strategy reproduced it"
                            + ": if the bug was fixed, declare the scenario SAFE")
                    : new Grade(Status.FOUND, "the documented race was reproduced by " + String.join(", ", violated));
        }
        if (!violated.isEmpty()) {
            return new Grade(Status.UNEXPECTED_RACE, "declared SAFE, but " + String.join(", ", violated)
                    + " found an interleaving that breaks the invariant");
        }
        if (holds.isEmpty()) {
            return new Grade(Status.INCONCLUSIVE, "no violation, but no strategy could certify that the invariant"
                    + " holds: " + reasons(results, Verdict.INCONCLUSIVE));
        }
        return new Grade(Status.CLEAN, "no violation; holds under " + String.join(", ", holds));
    }

    private static List<String> names(List<StrategyResult> results, Verdict v) {
        return results.stream().filter(r -> r.verdict() == v).map(StrategyResult::strategy).toList();
    }

    private static String reasons(List<StrategyResult> results, Verdict v) {
        return results.stream().filter(r -> r.verdict() == v)
                .map(r -> r.strategy() + ": " + r.reason()).collect(Collectors.joining("; "));
    }
}
