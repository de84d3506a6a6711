package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;

/** The walkthrough's bug, kept as a documented race: the build proves frontrun still finds it. */
@RaceScenario(expect = Expect.RACE, schedule = "a:orm_read, b:orm_read, a:orm_write, b:orm_write",
        description = "handleLogin adds 1 in Java: two overlapping logins lose one increment")
public class LostLoginScenario extends LoginScenario {

    /** Uses the buggy handler. */
    public LostLoginScenario() {
        super(LoginHandlers::handleLogin);
    }
}
