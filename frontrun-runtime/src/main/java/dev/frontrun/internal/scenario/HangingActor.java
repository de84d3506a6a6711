package dev.frontrun.internal.scenario;

import java.util.List;

import dev.frontrun.Verdict;
import dev.frontrun.internal.explore.Stuck;
import dev.frontrun.internal.result.StrategyResult;

/**
 * An actor that hung in some interleaving (it ran past the execution timeout) although the actors finish one after
 * another: found once, by the first exploring strategy that met it, and the reason every later strategy of the
 * scenario ends with at once (each would otherwise wait out a timeout per execution that meets it). ERROR, never a
 * pass: without every execution finishing, no strategy can judge the scenario.
 */
final class HangingActor {

    private final String strategy;
    private final Stuck stuck;
    private final List<String> actors;

    /**
     * @param strategy the strategy that met it
     * @param stuck the execution and thread that ran past the limit
     * @param actors the scenario's actor names (worker {@code i} runs actor {@code i})
     */
    HangingActor(String strategy, Stuck stuck, List<String> actors) {
        this.strategy = strategy;
        this.stuck = stuck;
        this.actors = actors;
    }

    /** @return the reason of the strategy that met it */
    String reason() {
        return who() + " hangs in some interleavings: it did not finish within the execution timeout of "
                + stuck.limitMillis() + " ms in execution " + stuck.execution() + where()
                + ", though the actors finish one after another; make it end in every order (bound the loop, wait"
                + " with a timeout) or raise frontrun.executionTimeoutMillis if it only needs longer";
    }

    /**
     * @param name a strategy that was not run
     * @return its result: ERROR with the shared cause
     */
    StrategyResult skipped(String name) {
        return StrategyResult.builder(name).verdict(Verdict.ERROR, "not run: " + who() + " hangs in some"
                + " interleavings (" + strategy + " met it in execution " + stuck.execution() + where() + "); each"
                + " execution that meets it would wait out the execution timeout here too").build();
    }

    private String who() {
        if (stuck.thread() == null) {
            return "an actor";
        }
        return actors.contains(stuck.thread()) ? "actor " + stuck.thread()
                : "thread " + stuck.thread() + " (started by an actor)";
    }

    private String where() {
        return stuck.at() == null ? "" : ", at " + stuck.at();
    }
}
