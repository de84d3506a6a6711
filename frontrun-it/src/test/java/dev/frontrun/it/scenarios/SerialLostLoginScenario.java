package dev.frontrun.it.scenarios;

import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;

/** The walkthrough's lost update found with no hand-written invariant: no serial order of the logins ends in its rows. */
@RaceScenario(expect = Expect.RACE, description = "handleLogin, no invariant: the serializability oracle finds the lost increment in the users table")
public class SerialLostLoginScenario extends LoginActors {

    /** Uses {@code handleLogin}. */
    public SerialLostLoginScenario() {
        super(LoginHandlers::handleLogin, Orm::resetUser);
    }
}
