package dev.frontrun.internal.scenario;

import java.time.Duration;

import dev.frontrun.Schedule;
import dev.frontrun.ScheduleIncompleteException;
import dev.frontrun.Step;
import dev.frontrun.TraceExecutor;
import dev.frontrun.WorkerFailedException;
import dev.frontrun.internal.explain.UserFrames;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.result.TimelineStep;
import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.scenario.Actor;

/** Runs a scenario's declared marker schedule {@code runs} times and grades each run by the invariant. */
final class MarkerRunner {

    private final LoadedScenario scenario;
    private final RunSettings settings;

    MarkerRunner(LoadedScenario scenario, RunSettings settings) {
        this.scenario = scenario;
        this.settings = settings;
    }

    StrategyResult run(StrategyProgress progress) {
        long start = System.nanoTime();
        StrategyResult.Builder result = StrategyResult.builder("markers");
        Schedule schedule = Schedule.parse(scenario.schedule());
        int violations = 0;
        int first = 0;
        String firstWhy = null;
        int runs = Math.max(1, settings.markerRuns());
        for (int i = 1; i <= runs; i++) {
            progress.execution();
            Object state = scenario.setup();
            String why;
            try {
                TraceExecutor executor = new TraceExecutor(schedule).deadlockTimeout(settings.deadlockTimeout());
                for (Actor<Object> actor : scenario.actors()) {
                    executor.run(actor.name(), () -> actor.body().accept(state));
                }
                executor.await(settings.executionTimeout().plus(settings.deadlockTimeout()));
                why = scenario.violation(state);
            } catch (ScheduleIncompleteException e) {
                return result.verdict(Verdict.INCONCLUSIVE, "the schedule is infeasible for this code: "
                        + e.getMessage()).counts(i, violations, first).wallMillis(millis(start)).build();
            } catch (WorkerFailedException e) {
                if (e.getCause() instanceof VirtualMachineError) {
                    return result.verdict(Verdict.ERROR, "actor " + e.thread() + " hit " + e.getCause()
                            + UserFrames.at(e.getCause().getStackTrace()) + " (a virtual-machine error, not a"
                            + " race)").counts(i, violations, first).wallMillis(millis(start)).build();
                }
                why = "actor " + e.thread() + " threw " + e.getCause();
            }
            if (why != null) {
                progress.failure();
                violations++;
                if (first == 0) {
                    first = i;
                    firstWhy = why;
                }
            }
        }
        result.counts(runs, violations, first).wallMillis(millis(start));
        if (violations == 0) {
            return result.verdict(Verdict.HOLDS, "the schedule ran to its end " + runs + " time(s) and the invariant"
                    + " held").build();
        }
        for (Step step : schedule.steps()) {
            result.step(new TimelineStep(step.thread(), null, null, "runs from marker " + step.marker()
                    + " to its next marker"));
        }
        return result.verdict(Verdict.VIOLATED, firstWhy)
                .reproductions(runs, violations)
                .counterexample(schedule.toString(), "Forced schedule " + schedule + " broke the invariant: "
                        + firstWhy + ".\n  Reproduced " + violations + "/" + runs + " times ("
                        + Math.round(100.0 * violations / runs) + "%)")
                .replay(ReplaySnippets.markers(scenario.type(), schedule)).build();
    }

    private static long millis(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
