package dev.frontrun.internal.scenario;

import java.io.PrintStream;
import java.util.function.Supplier;

import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Runs every requested strategy on one scenario, in order of interpretability (markers, random/PCT/POS, DPOR, naive),
 * printing a progress line per strategy, and collects their results. A strategy that throws is recorded as an
 * ERROR result with the reason; the others still run.
 */
public final class ScenarioRunner {

    private final LoadedScenario scenario;
    private final RunSettings settings;
    private final PrintStream progress;

    /**
     * @param scenario the scenario
     * @param settings budgets and switches
     * @param progress where progress lines go
     */
    public ScenarioRunner(LoadedScenario scenario, RunSettings settings, PrintStream progress) {
        this.scenario = scenario;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param context the database endpoint and seed
     * @return the results, graded
     */
    public ScenarioResult run(ScenarioContext context) {
        ScenarioResult.Builder result = ScenarioResult.builder(scenario.type().getName(),
                scenario.declaration().description(), scenario.expect(), scenario.schedule())
                .environment(Environment.ofThisJvm(settings.seed(), Versions.frontrun()));
        try {
            scenario.instance().open(context);
        } catch (Exception | LinkageError e) {
            return result.add(StrategyResult.builder("open").verdict(Verdict.ERROR, scenario.type().getSimpleName()
                    + ".open() failed: " + e).build()).build();
        }
        try {
            if (settings.runs("markers") && scenario.schedule() != null) {
                result.add(guarded("markers", () -> new MarkerRunner(scenario, settings).run()));
            }
            ExploreRunner explore = new ExploreRunner(scenario, settings);
            if (settings.runs("random")) {
                result.add(guarded("random", () -> explore.run("random", Strategy.random(),
                        settings.maxAttempts(), false)));
            }
            if (settings.runs("pct")) {
                result.add(guarded("pct", () -> explore.run("pct", Strategy.pct(2),
                        settings.maxAttempts(), false)));
            }
            if (settings.runs("pos")) {
                result.add(guarded("pos", () -> explore.run("pos", Strategy.pos(),
                        settings.maxAttempts(), false)));
            }
            if (settings.runs("dpor")) {
                result.add(guarded("dpor", () -> explore.run("dpor", Strategy.dpor(),
                        settings.maxExecutions(), true)));
            }
            if (settings.runs("naive")) {
                result.add(guarded("naive", () -> new NaiveRunner(scenario, settings).run()));
            }
        } finally {
            try {
                scenario.instance().close();
            } catch (Exception e) {
                progress.println("[frontrun] " + scenario.type().getSimpleName() + ".close() failed: " + e);
            }
        }
        return result.build();
    }

    private StrategyResult guarded(String name, Supplier<StrategyResult> strategy) {
        progress.println("[frontrun] " + scenario.type().getSimpleName() + ": " + name + " ...");
        StrategyResult r;
        try {
            r = strategy.get();
        } catch (RuntimeException | LinkageError e) {
            r = StrategyResult.builder(name).verdict(Verdict.ERROR, e.toString()).build();
        }
        progress.println("[frontrun] " + scenario.type().getSimpleName() + ": " + name + " -> " + r.verdict()
                + " (" + r.executions() + " executions, " + r.failures() + " failing)"
                + (r.reason() == null ? "" : ": " + firstLine(r.reason())));
        return r;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
