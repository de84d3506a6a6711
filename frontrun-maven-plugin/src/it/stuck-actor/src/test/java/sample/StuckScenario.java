package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** Actor b polls for a flag nobody sets: it never ends, in any order. */
@RaceScenario
public class StuckScenario implements Scenario<StuckScenario.Job> {

    /** The shared state of one execution. */
    public static final class Job {
        int done;
        boolean cancelled;
    }

    static void finish(Job job) {
        job.done++;
    }

    static void awaitCancel(Job job) {
        while (!job.cancelled) {
            job.done = job.done;
        }
    }

    @Override
    public Job setup() {
        return new Job();
    }

    @Override
    public List<Actor<Job>> actors() {
        return List.of(Actor.of("a", StuckScenario::finish), Actor.of("b", StuckScenario::awaitCancel));
    }

    @Override
    public boolean holds(Job job) {
        return job.done == 1;
    }
}
