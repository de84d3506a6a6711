package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.RaceScenario;

/** Fix 3 judged by the serializability oracle alone. */
@RaceScenario(description = "handleLoginOptimistic, no invariant: every execution ends as a serial order does")
public class SerialOptimisticLoginScenario extends LoginActors {

    /** Uses {@code handleLoginOptimistic}. */
    public SerialOptimisticLoginScenario() {
        super(LoginHandlers::handleLoginOptimistic, Orm::resetVersionedUser);
    }
}
