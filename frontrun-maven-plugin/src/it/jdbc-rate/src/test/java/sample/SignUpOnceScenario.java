package sample;

import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Two sign-ups of one address by {@code INSERT ... ON CONFLICT DO NOTHING} on a unique index: one row. */
@RaceScenario(expect = Expect.SAFE, description = "insert ... on conflict do nothing on a unique index")
public class SignUpOnceScenario implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext ctx) {
        context = ctx;
        Db.run(ctx, "create table signups (id serial primary key, email text not null unique)");
    }

    @Override
    public ScenarioContext setup() {
        Db.run(context, "delete from signups");
        return context;
    }

    @Override
    public List<Actor<ScenarioContext>> actors() {
        return List.of(Actor.of("a", SignUpOnceScenario::signUp), Actor.of("b", SignUpOnceScenario::signUp));
    }

    static void signUp(ScenarioContext db) {
        Db.run(db, "insert into signups (email) values ('ann@example.com') on conflict do nothing");
    }

    @Override
    public boolean holds(ScenarioContext db) {
        return Db.number(db, "select count(*) from signups") == 1;
    }
}
