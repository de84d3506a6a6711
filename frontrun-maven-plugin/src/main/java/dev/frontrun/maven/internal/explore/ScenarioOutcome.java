package dev.frontrun.maven.internal.explore;

import java.util.List;
import java.util.Map;

import dev.frontrun.maven.internal.fork.ForkOutcome;

/**
 * One scenario's fork and, when it completed, its saved result.
 *
 * @param className the scenario class
 * @param fork how its fork ended
 * @param result the result file's content, or null when the fork did not complete
 */
public record ScenarioOutcome(String className, ForkOutcome fork, Map<String, Object> result) {

    /** @return the simple class name */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** @return the graded status ({@code CLEAN}, {@code FOUND}, ...) or {@code ERROR} when there is no result */
    public String status() {
        return result == null ? "ERROR" : String.valueOf(grade().get("status"));
    }

    /** @return whether the grade lets the build pass */
    public boolean passes() {
        return result != null && Boolean.TRUE.equals(grade().get("passes"));
    }

    /** @return the grade's sentence */
    public String message() {
        return result == null ? fork.message() : String.valueOf(grade().get("message"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> grade() {
        return (Map<String, Object>) result.get("grade");
    }

    /** @return the strategies' result maps */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> strategies() {
        return result == null ? List.of() : (List<Map<String, Object>>) result.get("strategies");
    }
}
