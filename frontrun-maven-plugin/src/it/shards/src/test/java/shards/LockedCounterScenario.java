package shards;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

@RaceScenario(description = "read-modify-write inside synchronized: no increment is lost")
public class LockedCounterScenario implements Scenario<LockedCounterScenario.Counter> {

    /** The shared state of one execution. */
    public static final class Counter {
        int value;

        synchronized void increment() {
            int seen = value;
            value = seen + 1;
        }
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("a", Counter::increment), Actor.of("b", Counter::increment));
    }

    @Override
    public boolean holds(Counter counter) {
        return counter.value == 2;
    }
}
