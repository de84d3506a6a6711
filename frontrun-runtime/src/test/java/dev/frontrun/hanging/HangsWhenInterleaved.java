package dev.frontrun.hanging;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/**
 * Actor b waits for a release nobody gives, but only when it runs between a's two steps: one after another, in
 * either order, both actors finish; interleaved, b hangs. Outside frontrun's packages, so that the agent observes it.
 */
@RaceScenario(description = "an actor that hangs in some interleavings only")
public final class HangsWhenInterleaved implements Scenario<HangsWhenInterleaved.Job> {

    /** The shared state of one execution. */
    public static final class Job {
        boolean started;
        boolean finished;
        boolean released;
    }

    static void run(Job job) {
        job.started = true;
        job.finished = true;
    }

    static void waitForRelease(Job job) {
        if (job.started && !job.finished) {
            while (!job.released) {
                job.started = true;
            }
        }
    }

    @Override
    public Job setup() {
        return new Job();
    }

    @Override
    public List<Actor<Job>> actors() {
        return List.of(Actor.of("a", HangsWhenInterleaved::run), Actor.of("b", HangsWhenInterleaved::waitForRelease));
    }

    @Override
    public boolean holds(Job job) {
        return job.finished;
    }
}
