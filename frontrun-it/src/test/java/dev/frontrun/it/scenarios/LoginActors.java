package dev.frontrun.it.scenarios;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.hibernate.SessionFactory;

import dev.frontrun.it.db.Database;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Two concurrent logins of user 1 through one handler, with no invariant: a subclass that adds none is judged by the
 * serializability oracle on the rows of the table the handler wrote. Subclasses pick the handler and declare the
 * expected outcome.
 */
abstract class LoginActors implements Scenario<SessionFactory> {

    private final Consumer<SessionFactory> handler;
    private final UnaryOperator<SessionFactory> reset;
    private SessionFactory sf;

    LoginActors(Consumer<SessionFactory> handler, UnaryOperator<SessionFactory> reset) {
        this.handler = handler;
        this.reset = reset;
    }

    @Override
    public void open(ScenarioContext context) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        sf = Orm.sessionFactory(Database.shared());
    }

    @Override
    public SessionFactory setup() {
        return reset.apply(sf);
    }

    @Override
    public List<Actor<SessionFactory>> actors() {
        return List.of(Actor.of("a", handler), Actor.of("b", handler));
    }

    @Override
    public void close() {
        sf.close();
    }
}
