package shards;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

@RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write",
        description = "read-modify-write without a lock: a documented lost update")
public class LostUpdateScenario implements Scenario<LostUpdateScenario.Counter> {

    /** The shared state of one execution. */
    public static final class Counter {
        int value;
    }

    static void increment(Counter counter) {
        int seen = counter.value; // frontrun: read
        counter.value = seen + 1; // frontrun: write
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("a", LostUpdateScenario::increment), Actor.of("b", LostUpdateScenario::increment));
    }

    @Override
    public boolean holds(Counter counter) {
        return counter.value == 2;
    }
}
