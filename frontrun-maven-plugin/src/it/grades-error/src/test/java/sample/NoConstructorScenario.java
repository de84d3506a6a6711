package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** A scenario frontrun cannot create (no public no-argument constructor): in the report and JUnit XML as ERROR. */
@RaceScenario
public class NoConstructorScenario implements Scenario<Counter> {

    private final int amount;

    public NoConstructorScenario(int amount) {
        this.amount = amount;
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
        return counter.value == 2 * amount;
    }
}
