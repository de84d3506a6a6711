package dev.frontrun.replay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * A JDBC lost update written as the docs show it: {@code setup()}, each actor and {@code holds} open a connection of
 * their own with {@link ScenarioContext#connect()} and close it ({@link ReplaySnippetTest}). Markers must stay on
 * their lines.
 */
@RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write")
public class ConnectPerActorScenario implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext ctx) throws Exception {
        this.context = ctx;
        try (Connection c = ctx.connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists per_actor_counter (id int primary key, n int not null)");
        }
    }

    @Override
    public ScenarioContext setup() throws Exception {
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            s.execute("delete from per_actor_counter");
            s.execute("insert into per_actor_counter values (1, 0)");
        }
        return context;
    }

    static void increment(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            int n = count(s); // frontrun: read
            s.executeUpdate("update per_actor_counter set n = " + (n + 1) + " where id = 1"); // frontrun: write
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select n from per_actor_counter where id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", ConnectPerActorScenario::increment),
                Actor.of("b", ConnectPerActorScenario::increment));
    }

    @Override
    public boolean holds(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            return count(s) == 2;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
