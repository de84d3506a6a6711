package dev.frontrun.internal.explore;

import java.util.function.Function;

import dev.frontrun.ExplorationResult;

/**
 * Gives the runtime's own code (the scenario harness) the structured findings behind a public
 * {@link ExplorationResult} (its verdict, structured explanation and SQL anomaly) without making them public API.
 * {@code ExplorationResult} registers the accessor when its class initializes.
 */
public final class ReportAccess {

    private static volatile Function<ExplorationResult, ExplorationReport> reader;

    private ReportAccess() {
    }

    /**
     * Called by {@code ExplorationResult} when its class initializes.
     *
     * @param accessor reads a result's report
     */
    public static void register(Function<ExplorationResult, ExplorationReport> accessor) {
        reader = accessor;
    }

    /**
     * @param result a result (so its class, which registers the accessor, is initialized)
     * @return its structured report
     */
    public static ExplorationReport of(ExplorationResult result) {
        return reader.apply(result);
    }
}
