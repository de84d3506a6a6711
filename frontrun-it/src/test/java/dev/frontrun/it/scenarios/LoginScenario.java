package dev.frontrun.it.scenarios;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.hibernate.SessionFactory;

import dev.frontrun.it.db.Database;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Two concurrent logins of user 1 through one handler; the invariant is that both increments persist in the row the
 * handler counts in ({@code users} unless the subclass names another). Subclasses pick the handler and declare the
 * expected outcome.
 */
abstract class LoginScenario implements Scenario<SessionFactory> {

    private final Consumer<SessionFactory> handler;
    private final UnaryOperator<SessionFactory> reset;
    private final ToIntFunction<SessionFactory> read;
    private SessionFactory sf;

    LoginScenario(Consumer<SessionFactory> handler) {
        this(handler, Orm::resetUser, Orm::readCount);
    }

    LoginScenario(Consumer<SessionFactory> handler, UnaryOperator<SessionFactory> reset,
            ToIntFunction<SessionFactory> read) {
        this.handler = handler;
        this.reset = reset;
        this.read = read;
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
    public boolean holds(SessionFactory state) {
        int count = read.applyAsInt(state);
        if (count != 2) {
            throw new AssertionError("login_count is " + count + " after two logins (expected 2): an increment was lost");
        }
        return true;
    }

    @Override
    public void close() {
        sf.close();
    }
}
