package sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.ScenarioContext;

/** Adds 1 in SQL: correct under every interleaving. */
@RaceScenario(expect = Expect.SAFE, schedule = "b:increment, a:increment",
        description = "update counter set n = n + 1")
public class SqlIncrementScenario extends CounterTable {

    static void increment(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update counter set n = n + 1 where id = 1"); // frontrun: increment
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", SqlIncrementScenario::increment), Actor.of("b", SqlIncrementScenario::increment));
    }
}
