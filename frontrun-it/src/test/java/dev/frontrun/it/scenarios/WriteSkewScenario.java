package dev.frontrun.it.scenarios;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.frontrun.it.db.Database;
import dev.frontrun.it.oncall.OnCallRoster;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** Write skew in plain JDBC: two doctors go off call at once and nobody is left on call. A documented race. */
@RaceScenario(expect = Expect.RACE, schedule = "a:check, b:check, a:commit, b:commit",
        description = "OnCallRoster.goOffCall: each doctor checks the other is on call, then leaves (write skew)")
public class WriteSkewScenario implements Scenario<WriteSkewScenario.Doctors> {

    /**
     * The connections: one per doctor, one to reset and check.
     *
     * @param alice doctor 1's connection
     * @param bob doctor 2's connection
     * @param admin for setup and the invariant
     */
    public record Doctors(Connection alice, Connection bob, Connection admin) {
    }

    private Doctors doctors;

    @Override
    public void open(ScenarioContext context) throws SQLException {
        Database db = Database.shared();
        doctors = new Doctors(db.connect(), db.connect(), db.connect());
        OnCallRoster.createTable(doctors.admin());
    }

    @Override
    public Doctors setup() throws SQLException {
        OnCallRoster.reset(doctors.admin());
        return doctors;
    }

    @Override
    public List<Actor<Doctors>> actors() {
        return List.of(Actor.of("a", d -> goOffCall(d.alice(), 1)), Actor.of("b", d -> goOffCall(d.bob(), 2)));
    }

    private static void goOffCall(Connection c, int doctor) {
        try {
            OnCallRoster.goOffCall(c, doctor);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

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

    @Override
    public void close() throws SQLException {
        for (Connection c : List.of(doctors.alice(), doctors.bob(), doctors.admin())) {
            c.close();
        }
    }
}
