package sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.ScenarioContext;

/** Reads the counter over JDBC, adds 1 in Java and writes it back: a documented lost update. */
@RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write",
        description = "plain JDBC read-modify-write of a counter row")
public class JdbcLostUpdateScenario extends CounterTable {

    static void increment(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            int n = read(s); // frontrun: read
            s.executeUpdate("update counter set n = " + (n + 1) + " where id = 1"); // frontrun: write
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", JdbcLostUpdateScenario::increment),
                Actor.of("b", JdbcLostUpdateScenario::increment));
    }
}
