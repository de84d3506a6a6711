package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/** A SAFE regression scenario whose schedule has a typo: it must not pass as if the schedule had run. */
@RaceScenario(schedule = "a:read, b:raed, a:write, b:write")
public class ScheduleTypoScenario implements Scenario<Counter> {

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
