package dev.frontrun.internal.scenario;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.UserFrames;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.jdbc.ScenarioConnections;
import dev.frontrun.internal.result.Budget;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Runs one scenario: opens it, runs its actors one after another in each order ({@link SequentialCheck}: when that
 * fails, no strategy runs), then every requested strategy in order of interpretability (markers, random/PCT/POS,
 * DPOR, naive), printing {@code [frontrun]} progress lines (a start line, one every few seconds, an end line), and
 * collects their results. A strategy that throws is recorded as an ERROR result with the reason; the others still
 * run.
 */
public final class ScenarioRunner {

    private static final Duration SEQUENTIAL_LIMIT = Duration.ofSeconds(10);

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
        long start = System.nanoTime();
        ScenarioResult.Builder result;
        ScenarioConnections connections = ScenarioConnections.install(context.jdbcUrl(), context.jdbcUser(),
                context.jdbcPassword());
        try {
            result = run(context, builder());
        } finally {
            connections.close();
        }
        return result.budget(new Budget((System.nanoTime() - start) / 1_000_000,
                settings.executionTimeout().toMillis(), sequentialLimit().toMillis(), settings.maxAttempts(), settings.maxExecutions(),
                settings.naiveTrials(), settings.markerRuns())).build();
    }

    private ScenarioResult.Builder builder() {
        return ScenarioResult.builder(scenario.type().getName(),
                scenario.declaration().description(), scenario.expect(), scenario.schedule())
                .environment(Environment.ofThisJvm(settings.seed(), Versions.frontrun()));
    }

    private ScenarioResult.Builder run(ScenarioContext context, ScenarioResult.Builder result) {
        progress.println("[frontrun] " + name() + ": started (declared " + scenario.expect() + ", strategies "
                + settings.strategyList() + ")");
        SerialOracle oracle = new SerialOracle(scenario, context);
        if (oracle.unusable() != null) {
            StrategyResult unusable = StrategyResult.builder(SerialOracle.NAME)
                    .verdict(Verdict.ERROR, oracle.unusable()).build();
            report(unusable);
            return result.add(unusable);
        }
        try {
            scenario.instance().open(context);
        } catch (Exception | LinkageError e) {
            StrategyResult open = StrategyResult.builder("open").verdict(Verdict.ERROR, name() + ".open() failed: "
                    + e + UserFrames.at(e.getStackTrace())).build();
            report(open);
            return result.add(open);
        }
        try {
            oracle.listen();
            StrategyResult sequential;
            try {
                sequential = guarded(Grade.SEQUENTIAL, p -> new SequentialCheck(scenario, sequentialLimit()).run(p));
            } finally {
                oracle.stopListening();
            }
            if (sequential != null) {
                progress.println("[frontrun] " + name() + ": no strategy runs: the actors "
                        + (sequential.verdict() == Verdict.ERROR ? "could not run" : "fail")
                        + " one after another without concurrency");
                return result.add(sequential);
            }
            LoadedScenario scenario = this.scenario;
            if (oracle.used()) {
                try {
                    scenario = oracle.judge(sequentialLimit());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    StrategyResult failed = StrategyResult.builder(SerialOracle.NAME)
                            .verdict(Verdict.ERROR, e.getMessage()).build();
                    report(failed);
                    return result.add(failed);
                }
                progress.println("[frontrun] " + name() + ": judged by the serializability oracle: "
                        + (oracle.describe() == null ? "snapshot()" : oracle.describe()) + " after each execution"
                        + " must equal what some serial order of the actors ends in");
            }
            LoadedScenario judged = scenario;
            if (settings.runs("markers") && scenario.schedule() != null) {
                result.add(guarded("markers", p -> new MarkerRunner(judged, settings).run(p)));
            }
            boolean requested = settings.runs(MarkerOrdersRunner.NAME);
            if (requested || (settings.runs("markers") && scenario.schedule() == null)) {
                markerOrders(judged, requested, result);
            }
            ExploreRunner explore = new ExploreRunner(scenario, settings);
            if (settings.runs("random")) {
                result.add(unlessHanging(explore, "random", p -> explore.run("random", Strategy.random(),
                        settings.maxAttempts(), false, p)));
            }
            if (settings.runs("pct")) {
                result.add(unlessHanging(explore, "pct", p -> explore.run("pct", Strategy.pct(2),
                        settings.maxAttempts(), false, p)));
            }
            if (settings.runs("pos")) {
                result.add(unlessHanging(explore, "pos", p -> explore.run("pos", Strategy.pos(),
                        settings.maxAttempts(), false, p)));
            }
            if (settings.runs("dpor")) {
                result.add(unlessHanging(explore, "dpor", p -> explore.run("dpor", Strategy.dpor(),
                        settings.maxExecutions(), true, p)));
            }
            if (settings.runs("naive")) {
                result.add(unlessHanging(explore, "naive", p -> new NaiveRunner(judged, settings).run(p)));
            }
        } finally {
            oracle.close();
            try {
                scenario.instance().close();
            } catch (Exception e) {
                progress.println("[frontrun] " + name() + ".close() failed: " + e);
            }
        }
        return result;
    }

    /**
     * The {@code marker-orders} strategy: when requested, or in place of {@code markers} when the scenario declares
     * no schedule and its actors pass markers (a scenario whose actors pass none gets no result then).
     */
    private void markerOrders(LoadedScenario judged, boolean requested, ScenarioResult.Builder result) {
        MarkerOrdersRunner orders = new MarkerOrdersRunner(judged, settings, sequentialLimit());
        Map<String, List<String>> trail;
        try {
            trail = orders.trail();
        } catch (RuntimeException e) {
            if (requested) {
                String why = "the markers the actors pass could not be recorded: " + e.getMessage();
                result.add(guarded(MarkerOrdersRunner.NAME, p -> StrategyResult.builder(MarkerOrdersRunner.NAME)
                        .verdict(Verdict.ERROR, why).build()));
            }
            return;
        }
        if (trail != null || requested) {
            result.add(guarded(MarkerOrdersRunner.NAME, p -> orders.run(trail, p)));
        }
    }

    /** How long one actor may take alone in the sequential check: the execution timeout, at most 10 s. */
    private Duration sequentialLimit() {
        Duration limit = settings.executionTimeout();
        return limit.compareTo(SEQUENTIAL_LIMIT) > 0 ? SEQUENTIAL_LIMIT : limit;
    }

    private String name() {
        return scenario.type().getSimpleName();
    }

    /** Runs a strategy, unless an earlier one found an actor hanging: then its result is that shared cause. */
    private StrategyResult unlessHanging(ExploreRunner explore, String name,
            Function<StrategyProgress, StrategyResult> strategy) {
        if (explore.hanging() == null) {
            return guarded(name, strategy);
        }
        StrategyResult skipped = explore.hanging().skipped(name);
        report(skipped);
        return skipped;
    }

    private StrategyResult guarded(String name, Function<StrategyProgress, StrategyResult> strategy) {
        progress.println("[frontrun] " + name() + ": " + name + " started");
        StrategyResult r;
        try (StrategyProgress p = new StrategyProgress(name() + ": " + name, progress)) {
            r = strategy.apply(p);
        } catch (RuntimeException | LinkageError | VirtualMachineError e) {
            r = StrategyResult.builder(name).verdict(Verdict.ERROR, e + UserFrames.at(e.getStackTrace())).build();
        }
        if (r != null) {
            report(r);
        } else {
            progress.println("[frontrun] " + name() + ": " + name + " passed");
        }
        return r;
    }

    private void report(StrategyResult r) {
        progress.println("[frontrun] " + name() + ": " + r.strategy() + " -> " + r.verdict()
                + " (" + r.executions() + " executions, " + r.failures() + " failing, "
                + String.format(java.util.Locale.ROOT, "%.1f s", r.wallMillis() / 1000.0) + ")"
                + (r.reason() == null ? "" : ": " + firstLine(r.reason())));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
