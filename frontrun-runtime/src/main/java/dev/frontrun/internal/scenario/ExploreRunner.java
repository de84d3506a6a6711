package dev.frontrun.internal.scenario;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Interleaving;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.explain.UserFrames;
import dev.frontrun.internal.explore.ReportAccess;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Actor;

/** Runs a scenario under the controlled scheduler with one exploration strategy (random, PCT, POS or DPOR). */
final class ExploreRunner {

    private final LoadedScenario scenario;
    private final RunSettings settings;
    /** The actor an earlier strategy found hanging, or null. */
    private HangingActor hanging;

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
    StrategyResult run(String name, Strategy strategy, int budget, boolean systematic, StrategyProgress progress) {
        long start = System.nanoTime();
        AtomicReference<String> harnessError = new AtomicReference<>();
        ExplorationBuilder<Object> builder = Frontrun.explore(() -> {
            progress.execution();
            return scenario.setup();
        })
                .invariant(state -> holds(state, progress, harnessError))
                .strategy(strategy)
                .executionTimeout(settings.executionTimeout())
                .reproductions(settings.reproduce())
                .clock(settings.clock().realClock() ? dev.frontrun.ClockMode.REAL : dev.frontrun.ClockMode.VIRTUAL)
                .spuriousWakeups(settings.clock().spuriousWakeups())
                .earlyExpiry(settings.clock().earlyExpiry());
        if (strategy.uses(Strategy.SEED)) {
            builder.seed(settings.seed());
        }
        if (budget > 0) {
            builder.maxAttempts(budget);
        }
        for (Actor<Object> actor : scenario.actors()) {
            @SuppressWarnings("unchecked")
            Consumer<Object> body = (Consumer<Object>) actor.body();
            builder.worker(actor.name(), state -> {
                try {
                    body.accept(state);
                } catch (VirtualMachineError e) {
                    harnessError.compareAndSet(null, "actor " + actor.name() + " hit " + e
                            + UserFrames.at(e.getStackTrace()) + " (a virtual-machine error, not a race)");
                    throw e;
                }
            });
        }
        ExplorationResult r = builder.run();
        StrategyResult.Builder result = StrategyResult.builder(name)
                .wallMillis((System.nanoTime() - start) / 1_000_000)
                .exhaustive(systematic ? r.exhaustive() : null);
        if (harnessError.get() != null) {
            return result.verdict(Verdict.ERROR, harnessError.get()).counts(r.executions(), 0, 0)
                    .exhaustive(null).build();
        }
        if (r.verdict() != Verdict.VIOLATED && ReportAccess.of(r).stuck() != null) {
            hanging = new HangingActor(name, ReportAccess.of(r).stuck(), actorNames());
            return result.verdict(Verdict.ERROR, hanging.reason()).counts(r.executions(), 0, 0).exhaustive(null)
                    .build();
        }
        switch (r.verdict()) {
            case VIOLATED -> {
                Explanation explanation = ReportAccess.of(r).explanation();
                String schedule = r.counterexample().map(Interleaving::toString).orElse(null);
                result.verdict(Verdict.VIOLATED, explanation.finding())
                        .counts(r.executions(), 1, r.executions())
                        .reproductions(r.reproductionAttempts(), r.reproductionSuccesses())
                        .counterexample(schedule, r.report())
                        .sqlAnomaly(explanation.sqlAnomaly())
                        .replay(ReplaySnippets.interleaving(scenario.type(), name, schedule));
                ExplanationTimeline.of(explanation, actorNames()).forEach(result::step);
            }
            case HOLDS -> result.verdict(Verdict.HOLDS, r.report()).counts(r.executions(), 0, 0);
            default -> result.verdict(Verdict.INCONCLUSIVE, r.inconclusiveReason().orElse(r.report()))
                    .counts(r.executions(), 0, 0);
        }
        return result.build();
    }

    /**
     * @return the actor an earlier strategy found hanging in some interleaving (then the later strategies do not
     *     run), or null
     */
    HangingActor hanging() {
        return hanging;
    }

    private java.util.List<String> actorNames() {
        return scenario.actors().stream().map(Actor::name).toList();
    }

    /** The user's invariant, counted; an exception other than AssertionError is the harness's error, not a race. */
    private boolean holds(Object state, StrategyProgress progress, AtomicReference<String> harnessError) {
        boolean ok;
        try {
            ok = scenario.holds(state);
        } catch (AssertionError e) {
            progress.failure();
            throw e;
        } catch (RuntimeException | VirtualMachineError e) {
            harnessError.compareAndSet(null, scenario.type().getSimpleName() + ".holds() threw " + e
                    + UserFrames.at(e.getStackTrace()) + " (an invariant must return a boolean or throw"
                    + " AssertionError)");
            throw e;
        }
        if (!ok) {
            progress.failure();
        }
        return ok;
    }
}
