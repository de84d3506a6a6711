package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.RaceScenario;

/** Fix 3: a {@code @Version} column; the commit that finds the row changed since its read retries. */
@RaceScenario(schedule = "a:orm_read, b:orm_read, a:orm_write, b:orm_write",
        description = "handleLoginOptimistic: @Version with retry")
public class OptimisticLoginScenario extends LoginScenario {

    /** Uses optimistic locking on {@code versioned_users}. */
    public OptimisticLoginScenario() {
        super(LoginHandlers::handleLoginOptimistic, Orm::resetVersionedUser, Orm::readVersionedCount);
    }
}
