package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.RaceScenario;

/** Fix 2 judged by the serializability oracle alone. */
@RaceScenario(description = "handleLoginPessimistic, no invariant: every execution ends as a serial order does")
public class SerialPessimisticLoginScenario extends LoginActors {

    /** Uses {@code handleLoginPessimistic}. */
    public SerialPessimisticLoginScenario() {
        super(LoginHandlers::handleLoginPessimistic, Orm::resetUser);
    }
}
