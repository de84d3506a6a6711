package dev.frontrun.internal.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.MarkerOrders;
import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.marker.MarkerTrail;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.result.TimelineStep;
import dev.frontrun.scenario.Actor;

/**
 * The {@code marker-orders} strategy of a scenario: records the trace markers each actor passes (run one after
 * another on fresh state, {@link MarkerTrail}), then runs every order of those markers that keeps each actor's own
 * order ({@link MarkerOrders}, at most {@code maxExecutions} orders), judged by the invariant and the serializability
 * oracle. Runs when requested, and in place of {@code markers} for a scenario whose actors pass markers but that
 * declares no schedule.
 */
final class MarkerOrdersRunner {

    /** The strategy's name in settings and results. */
    static final String NAME = "marker-orders";

    private final LoadedScenario scenario;
    private final RunSettings settings;
    private final Duration limit;

    /**
     * @param scenario the scenario, judged
     * @param settings budgets
     * @param limit how long the actors may take one after another while their markers are recorded
     */
    MarkerOrdersRunner(LoadedScenario scenario, RunSettings settings, Duration limit) {
        this.scenario = scenario;
        this.settings = settings;
        this.limit = limit;
    }

    /** @return the markers each actor passes, or null when no actor passes any */
    Map<String, List<String>> trail() {
        if (!MarkerTrail.anyDeclared()) {
            return null;
        }
        Object state = scenario.setup();
        Map<String, Runnable> actors = new LinkedHashMap<>();
        for (Actor<Object> a : scenario.actors()) {
            actors.put(a.name(), () -> a.body().accept(state));
        }
        Map<String, List<String>> trail = MarkerTrail.record(actors, limit);
        return trail.values().stream().allMatch(List::isEmpty) ? null : trail;
    }

    /**
     * @param trail the markers each actor passes ({@link #trail()})
     * @param progress counts the orders
     * @return the result
     */
    StrategyResult run(Map<String, List<String>> trail, StrategyProgress progress) {
        long start = System.nanoTime();
        StrategyResult.Builder result = StrategyResult.builder(NAME);
        if (trail == null) {
            return result.verdict(Verdict.INCONCLUSIVE, "no actor passes a trace marker ('// frontrun: NAME' or"
                    + " Frontrun.marker(\"NAME\")), so there are no marker orders to try; mark the lines whose order"
                    + " matters, or leave marker-orders out of frontrun.strategies").wallMillis(millis(start)).build();
        }
        MarkerOrders<Object> orders = MarkerOrders.explore(() -> {
            progress.execution();
            return scenario.setup();
        })
                .invariant(state -> {
                    boolean ok = scenario.holds(state);
                    if (!ok) {
                        progress.failure();
                    }
                    return ok;
                })
                .maxOrders(settings.maxExecutions())
                .deadlockTimeout(settings.deadlockTimeout());
        for (Actor<Object> a : scenario.actors()) {
            orders.actor(a.name(), a.body()::accept, trail.get(a.name()).toArray(String[]::new));
        }
        MarkerOrders.Result r = orders.run();
        result.wallMillis(millis(start)).exhaustive(r.tried() == r.orders());
        String markers = "markers passed: " + trail;
        if (r.violation() != null) {
            String schedule = r.violation().toString();
            r.violation().steps().forEach(step -> result.step(new TimelineStep(step.thread(), null, null,
                    "runs from marker " + step.marker() + " to its next marker")));
            return result.verdict(Verdict.VIOLATED, r.failure())
                    .counts((int) r.tried(), 1, (int) r.tried())
                    .counterexample(schedule, r.report() + "\n  " + markers)
                    .replay(ReplaySnippets.markers(scenario.type(), r.violation())).build();
        }
        result.counts((int) r.tried(), 0, 0);
        if (r.held() == 0) {
            return result.verdict(Verdict.INCONCLUSIVE, "every marker order tried is infeasible for this code (an"
                    + " actor cannot reach its next marker while another holds what it needs), so none could be"
                    + " judged: " + r.report() + " (" + markers + ")").build();
        }
        return r.holds()
                ? result.verdict(Verdict.HOLDS, r.report() + " (" + markers + ")").build()
                : result.verdict(Verdict.INCONCLUSIVE, r.report() + " Raise frontrun.maxExecutions to try them all ("
                        + markers + ")").build();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
