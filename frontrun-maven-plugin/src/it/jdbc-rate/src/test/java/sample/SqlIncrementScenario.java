package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Two auto-commit {@code UPDATE ... SET n = n + 1}: correct in every interleaving. */
@RaceScenario(expect = Expect.SAFE, description = "auto-commit update counter set n = n + 1")
public class SqlIncrementScenario implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext ctx) {
        context = ctx;
        Db.run(ctx, "create table counter (id int primary key, n int not null)");
    }

    @Override
    public ScenarioContext setup() {
        Db.run(context, "delete from counter", "insert into counter values (1, 0)");
        return context;
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", SqlIncrementScenario::increment), Actor.of("b", SqlIncrementScenario::increment));
    }

    static void increment(ScenarioContext db) {
        Db.run(db, "update counter set n = n + 1 where id = 1");
    }

    @Override
    public boolean holds(ScenarioContext db) {
        return Db.number(db, "select n from counter where id = 1") == 2;
    }
}
