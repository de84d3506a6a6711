package sample;

import java.sql.SQLException;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** A documented race whose open() fails (as with frontrun.database=none): ERROR, not MISSED. */
@RaceScenario(expect = Expect.RACE)
public class OpenThrowsScenario implements Scenario<Counter> {

    @Override
    public void open(ScenarioContext context) throws Exception {
        if (context.jdbcUrl() == null) {
            throw new SQLException("no database to connect to");
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
