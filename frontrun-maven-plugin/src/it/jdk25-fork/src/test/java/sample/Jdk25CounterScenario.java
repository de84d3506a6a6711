package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Two plain increments, a documented lost update; open() says which JDK the scenario JVM runs on. */
@RaceScenario(expect = Expect.RACE, description = "read-modify-write without a lock, in a JDK 25 scenario JVM")
public class Jdk25CounterScenario implements Scenario<Jdk25CounterScenario.Counter> {

    /** The shared counter. */
    public static final class Counter {
        int value;
    }

    @Override
    public void open(ScenarioContext context) {
        System.out.println("FRONTRUN-FORK-JDK " + Runtime.version().feature());
    }

    @Override
    public Counter setup() {
        return new Counter();
    }

    @Override
    public List<Actor<Counter>> actors() {
        return List.of(Actor.of("a", c -> c.value = c.value + 1), Actor.of("b", c -> c.value = c.value + 1));
    }

    @Override
    public boolean holds(Counter c) {
        return c.value == 2;
    }
}
