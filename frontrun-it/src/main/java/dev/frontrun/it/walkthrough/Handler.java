package dev.frontrun.it.walkthrough;

import java.util.function.Consumer;

import org.hibernate.SessionFactory;

import dev.frontrun.it.orm.LoginHandlers;

/** The handlers the walkthrough compares, with the names it prints. */
enum Handler {
    /** Reads, adds 1 in Java, commits: the bug. */
    BUGGY("handleLogin (increment in Java)", LoginHandlers::handleLogin),
    /** {@code update User set loginCount = loginCount + 1}. */
    SQL_INCREMENT("handleLoginSqlIncrement (increment in SQL)", LoginHandlers::handleLoginSqlIncrement),
    /** {@code SELECT ... FOR UPDATE} before the increment. */
    PESSIMISTIC("handleLoginPessimistic (PESSIMISTIC_WRITE, SELECT ... FOR UPDATE)", LoginHandlers::handleLoginPessimistic);

    final String label;
    final Consumer<SessionFactory> body;

    Handler(String label, Consumer<SessionFactory> body) {
        this.label = label;
        this.body = body;
    }
}
