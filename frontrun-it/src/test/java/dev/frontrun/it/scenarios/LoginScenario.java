package dev.frontrun.it.scenarios;

import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.hibernate.SessionFactory;

import dev.frontrun.it.orm.Orm;

/**
 * Two concurrent logins of user 1 through one handler; the invariant is that both increments persist in the row the
 * handler counts in ({@code users} unless the subclass names another). Subclasses pick the handler and declare the
 * expected outcome.
 */
abstract class LoginScenario extends LoginActors {

    private final ToIntFunction<SessionFactory> read;

    LoginScenario(Consumer<SessionFactory> handler) {
        this(handler, Orm::resetUser, Orm::readCount);
    }

    LoginScenario(Consumer<SessionFactory> handler, UnaryOperator<SessionFactory> reset,
            ToIntFunction<SessionFactory> read) {
        super(handler, reset);
        this.read = read;
    }

    @Override
    public boolean holds(SessionFactory state) {
        int count = read.applyAsInt(state);
        if (count != 2) {
            throw new AssertionError("login_count is " + count + " after two logins (expected 2): an increment was lost");
        }
        return true;
    }
}
