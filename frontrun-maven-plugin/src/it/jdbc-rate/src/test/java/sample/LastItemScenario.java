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

/** Two buyers of the last item: {@code UPDATE ... WHERE stock > 0}, an order only when a row changed. */
@RaceScenario(expect = Expect.SAFE, description = "update ... where stock > 0, then insert the order")
public class LastItemScenario implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext ctx) {
        context = ctx;
        Db.run(ctx, "create table inventory (item text primary key, stock int not null)",
                "create table orders (id serial primary key, item text not null)");
    }

    @Override
    public ScenarioContext setup() {
        Db.run(context, "delete from orders", "delete from inventory", "insert into inventory values ('widget', 1)");
        return context;
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", LastItemScenario::buy), Actor.of("b", LastItemScenario::buy));
    }

    static void buy(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            if (s.executeUpdate("update inventory set stock = stock - 1 where item = 'widget' and stock > 0") == 1) {
                s.executeUpdate("insert into orders (item) values ('widget')");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean holds(ScenarioContext db) {
        return Db.number(db, "select count(*) from orders") == 1
                && Db.number(db, "select stock from inventory where item = 'widget'") == 0;
    }
}
