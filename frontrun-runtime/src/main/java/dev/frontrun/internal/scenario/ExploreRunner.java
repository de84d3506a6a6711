package dev.frontrun.internal.scenario;

import java.util.function.Consumer;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Interleaving;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.explore.ReportAccess;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Actor;

/** Runs a scenario under the controlled scheduler with one exploration strategy (random, PCT, POS or DPOR). */
final class ExploreRunner {

    private final LoadedScenario scenario;
    private final RunSettings settings;

    ExploreRunner(LoadedScenario scenario, RunSettings settings) {
        this.scenario = scenario;
        this.settings = settings;
    }

    /**
     * @param name the name in results
     * @param strategy the strategy
     * @param budget max attempts, or 0 for a strategy that takes none (it bounds itself)
     * @param systematic whether the result can be exhaustive (DPOR), which it then reports
     */
    StrategyResult run(String name, Strategy strategy, int budget, boolean systematic) {
        long start = System.nanoTime();
        ExplorationBuilder<Object> builder = Frontrun.explore(scenario::setup)
                .invariant(scenario.instance()::holds)
                .strategy(strategy)
                .executionTimeout(settings.executionTimeout())
                .reproductions(settings.reproduce());
        if (strategy.uses(Strategy.SEED)) {
            builder.seed(settings.seed());
        }
        if (budget > 0) {
            builder.maxAttempts(budget);
        }
        for (Actor<Object> actor : scenario.actors()) {
            @SuppressWarnings("unchecked")
            Consumer<Object> body = (Consumer<Object>) actor.body();
            builder.worker(body);
        }
        ExplorationResult r = builder.run();
        StrategyResult.Builder result = StrategyResult.builder(name)
                .wallMillis((System.nanoTime() - start) / 1_000_000)
                .exhaustive(systematic ? r.exhaustive() : null);
        switch (r.verdict()) {
            case VIOLATED -> {
                Explanation explanation = ReportAccess.of(r).explanation();
                String schedule = r.counterexample().map(Interleaving::toString).orElse(null);
                result.verdict(Verdict.VIOLATED, explanation.finding())
                        .counts(r.executions(), 1, r.executions())
                        .reproductions(r.reproductionAttempts(), r.reproductionSuccesses())
                        .counterexample(schedule, r.report())
                        .sqlAnomaly(explanation.sqlAnomaly())
                        .replay(ReplaySnippets.interleaving(scenario.type(), schedule));
                ExplanationTimeline.of(explanation).forEach(result::step);
            }
            case HOLDS -> result.verdict(Verdict.HOLDS, r.report()).counts(r.executions(), 0, 0);
            default -> result.verdict(Verdict.INCONCLUSIVE, r.inconclusiveReason().orElse(r.report()))
                    .counts(r.executions(), 0, 0);
        }
        return result.build();
    }
}
