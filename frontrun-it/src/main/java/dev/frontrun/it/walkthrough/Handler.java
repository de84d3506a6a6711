package dev.frontrun.it.walkthrough;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.hibernate.SessionFactory;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;

/** The handlers the walkthrough compares, with the names it prints and the row each one counts logins in. */
enum Handler {
    /** Reads, adds 1 in Java, commits: the bug. */
    BUGGY("handleLogin (increment in Java)", LoginHandlers::handleLogin),
    /** {@code update User set loginCount = loginCount + 1}. */
    SQL_INCREMENT("handleLoginSqlIncrement (increment in SQL)", LoginHandlers::handleLoginSqlIncrement),
    /** {@code SELECT ... FOR UPDATE} before the increment. */
    PESSIMISTIC("handleLoginPessimistic (PESSIMISTIC_WRITE, SELECT ... FOR UPDATE)",
            LoginHandlers::handleLoginPessimistic),
    /** A {@code @Version} column and a retry when the commit's version check fails. */
    OPTIMISTIC("handleLoginOptimistic (@Version, retry on OptimisticLockException)",
            LoginHandlers::handleLoginOptimistic, Orm::resetVersionedUser, Orm::readVersionedCount);

    /** The fixes, in the order the walkthrough shows them. */
    static final List<Handler> FIXES = List.of(SQL_INCREMENT, PESSIMISTIC, OPTIMISTIC);

    final String label;
    final Consumer<SessionFactory> body;
    /** Makes the handler's row exist with a count of 0; returns the session factory (a setup's state). */
    final UnaryOperator<SessionFactory> reset;
    /** The committed count of the handler's row. */
    final ToIntFunction<SessionFactory> read;

    Handler(String label, Consumer<SessionFactory> body) {
        this(label, body, Orm::resetUser, Orm::readCount);
    }

    Handler(String label, Consumer<SessionFactory> body, UnaryOperator<SessionFactory> reset,
            ToIntFunction<SessionFactory> read) {
        this.label = label;
        this.body = body;
        this.reset = reset;
        this.read = read;
    }
}
