package dev.frontrun.internal.scenario;

import dev.frontrun.NaiveBaseline;
import dev.frontrun.NaiveResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.scenario.Actor;

/** The naive baseline on a scenario: plain threads, seeded random start offsets. */
final class NaiveRunner {

    private final LoadedScenario scenario;
    private final RunSettings settings;

    NaiveRunner(LoadedScenario scenario, RunSettings settings) {
        this.scenario = scenario;
        this.settings = settings;
    }

    StrategyResult run(StrategyProgress progress) {
        NaiveBaseline<Object> naive = NaiveBaseline.<Object>of(() -> {
            progress.execution();
            return scenario.setup();
        })
                .invariant(state -> {
                    boolean ok;
                    try {
                        ok = scenario.instance().holds(state);
                    } catch (AssertionError e) {
                        progress.failure();
                        throw e;
                    }
                    if (!ok) {
                        progress.failure();
                    }
                    return ok;
                })
                .trials(settings.naiveTrials()).maxStartOffset(settings.naiveMaxOffset()).seed(settings.seed())
                .trialTimeout(settings.executionTimeout());
        for (Actor<Object> actor : scenario.actors()) {
            naive.worker(actor.body());
        }
        NaiveResult r = naive.run();
        StrategyResult.Builder result = StrategyResult.builder("naive")
                .counts(r.trials(), r.failures(), 0)
                .wallMillis(r.elapsed().toMillis());
        if (r.failures() > 0) {
            return result.verdict(Verdict.VIOLATED, r.failures() + "/" + r.trials() + " trials failed (" + r.ratePercent()
                    + "); first: " + r.firstFailure()).build();
        }
        return result.verdict(Verdict.HOLDS, "0/" + r.trials() + " trials failed (plain threads: no certificate)").build();
    }
}
