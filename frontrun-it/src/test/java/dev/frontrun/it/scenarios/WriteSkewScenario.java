package dev.frontrun.it.scenarios;

import java.sql.SQLException;

import dev.frontrun.it.oncall.OnCallRoster;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;

/** Write skew in plain JDBC: two doctors go off call at once and nobody is left on call. A documented race. */
@RaceScenario(expect = Expect.RACE, schedule = "a:check, b:check, a:commit, b:commit",
        description = "OnCallRoster.goOffCall: each doctor checks the other is on call, then leaves (write skew)")
public class WriteSkewScenario extends OnCallActors {

    @Override
    public boolean holds(Doctors d) {
        int onCall;
        try {
            onCall = OnCallRoster.onCall(d.admin());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (onCall < 1) {
            throw new AssertionError("no doctor is on call after both went off call at once");
        }
        return true;
    }
}
