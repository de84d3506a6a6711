package dev.frontrun.headlines;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/**
 * Two named actors incrementing a counter without a lock, outside frontrun's own packages (so that the agent
 * observes it): the explanation must call its threads {@code deposit} and {@code bonus}.
 */
@RaceScenario(expect = Expect.RACE, description = "read-modify-write without a lock, named actors")
public final class ActorCounterScenario implements Scenario<ActorCounterScenario.Counter> {

    /** The shared counter. */
    public static final class Counter {
        int value;
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("deposit", c -> c.value = c.value + 1), Actor.of("bonus", c -> c.value = c.value + 1));
    }

    @Override
    public boolean holds(Counter c) {
        return c.value == 2;
    }
}
