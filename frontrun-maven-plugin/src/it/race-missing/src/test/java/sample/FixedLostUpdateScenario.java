package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** the increment is locked now, but the scenario still declares RACE */
@RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write",
        description = "the increment is locked now, but the scenario still declares RACE")
public class FixedLostUpdateScenario implements Scenario<FixedLostUpdateScenario.Counter> {

    /** The shared state of one execution. */
    public static final class Counter {
        int value;
    }

    static void increment(Counter counter) {
        synchronized (counter) {
            int seen = counter.value; // frontrun: read
            counter.value = seen + 1; // frontrun: write
        }
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("a", FixedLostUpdateScenario::increment), Actor.of("b", FixedLostUpdateScenario::increment));
    }

    @Override
    public boolean holds(Counter counter) {
        if (counter.value != 2) {
            throw new AssertionError("2 increments, but the counter is " + counter.value);
        }
        return true;
    }
}
