package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.RaceScenario;

/** Fix 1 judged by the serializability oracle alone. */
@RaceScenario(description = "handleLoginSqlIncrement, no invariant: every execution ends as a serial order does")
public class SerialSqlIncrementScenario extends LoginActors {

    /** Uses {@code handleLoginSqlIncrement}. */
    public SerialSqlIncrementScenario() {
        super(LoginHandlers::handleLoginSqlIncrement, Orm::resetUser);
    }
}
