package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.scenario.RaceScenario;

/** Fix 1: the increment happens in SQL. */
@RaceScenario(schedule = "a:orm_read, b:orm_read, a:orm_write, b:orm_write",
        description = "handleLoginSqlIncrement: update ... set login_count = login_count + 1")
public class SqlIncrementScenario extends LoginScenario {

    /** Uses the SQL-side increment. */
    public SqlIncrementScenario() {
        super(LoginHandlers::handleLoginSqlIncrement);
    }
}
