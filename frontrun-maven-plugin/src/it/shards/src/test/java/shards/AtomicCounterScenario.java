package shards;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

@RaceScenario(schedule = "b:increment, a:increment", description = "AtomicInteger.incrementAndGet: no increment is lost")
public class AtomicCounterScenario implements Scenario<AtomicInteger> {

    static void increment(AtomicInteger counter) {
        counter.incrementAndGet(); // frontrun: increment
    }

    @Override
    public AtomicInteger setup() {
        return new AtomicInteger();
    }

    @Override
    public List<Actor<AtomicInteger>> actors() {
        return List.of(Actor.of("a", AtomicCounterScenario::increment), Actor.of("b", AtomicCounterScenario::increment));
    }

    @Override
    public boolean holds(AtomicInteger counter) {
        return counter.get() == 2;
    }
}
