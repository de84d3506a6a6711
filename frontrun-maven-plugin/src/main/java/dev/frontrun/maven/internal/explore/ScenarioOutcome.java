package dev.frontrun.maven.internal.explore;

import java.util.List;

import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.maven.internal.fork.ForkOutcome;

/**
 * One scenario's fork and, when it completed, its saved result.
 *
 * @param className the scenario class
 * @param fork how its fork ended
 * @param result the saved result, or null when the fork did not complete
 */
public record ScenarioOutcome(String className, ForkOutcome fork, ScenarioResult result) {

    /** @return the simple class name */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** @return the graded status, or {@link Grade.Status#ERROR} when there is no result */
    public Grade.Status status() {
        return result == null ? Grade.Status.ERROR : result.grade().status();
    }

    /** @return whether the grade lets the build pass */
    public boolean passes() {
        return result != null && result.grade().passes();
    }

    /** @return the grade's sentence */
    public String message() {
        return result == null ? fork.message() : result.grade().message();
    }

    /** @return the strategies' results (empty without a result) */
    public List<StrategyResult> strategies() {
        return result == null ? List.of() : result.strategies();
    }
}
