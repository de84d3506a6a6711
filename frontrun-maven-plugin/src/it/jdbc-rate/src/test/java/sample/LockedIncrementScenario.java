package sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Two statements in a transaction, {@code SELECT ... FOR UPDATE} then {@code UPDATE} by key: correct. */
@RaceScenario(expect = Expect.SAFE, description = "select ... for update, update, commit")
public class LockedIncrementScenario implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext ctx) {
        context = ctx;
        Db.run(ctx, "create table accounts (id int primary key, balance int not null)");
    }

    @Override
    public ScenarioContext setup() {
        Db.run(context, "delete from accounts", "insert into accounts values (1, 0)");
        return context;
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", LockedIncrementScenario::deposit),
                Actor.of("b", LockedIncrementScenario::deposit));
    }

    static void deposit(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            int balance = Db.number(s, "select balance from accounts where id = 1 for update");
            s.executeUpdate("update accounts set balance = " + (balance + 1) + " where id = 1");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean holds(ScenarioContext db) {
        return Db.number(db, "select balance from accounts where id = 1") == 2;
    }
}
