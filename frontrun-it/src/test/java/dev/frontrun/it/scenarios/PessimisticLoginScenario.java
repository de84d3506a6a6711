package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.scenario.RaceScenario;

/** Fix 2: SELECT ... FOR UPDATE. The lost-update schedule is infeasible for it. */
@RaceScenario(schedule = "a:orm_read, b:orm_read, a:orm_write, b:orm_write",
        description = "handleLoginPessimistic: LockModeType.PESSIMISTIC_WRITE")
public class PessimisticLoginScenario extends LoginScenario {

    /** Uses the pessimistic lock. */
    public PessimisticLoginScenario() {
        super(LoginHandlers::handleLoginPessimistic);
    }
}
